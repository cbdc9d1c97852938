import { describe, expect, it } from "vitest";
import { parsePageParam, parseTableSort, parseYearParam, sortRows } from "@/lib/validations/view-params";
import type { FilterNotice } from "@/lib/validations/filters";

const DEFAULTS = { name: "asc", years: "desc" } as const;

describe("parseTableSort", () => {
  it.each([
    { q: {}, sort: "name", order: "asc", notices: [] },
    { q: { sort: "years" }, sort: "years", order: "desc", notices: [] },
    { q: { sort: "YEARS", order: "asc" }, sort: "years", order: "asc", notices: [] },
    { q: { sort: "random", order: "up" }, sort: "name", order: "asc", notices: ["sort", "order"] },
    { q: { sort: ["years", "name"] }, sort: "years", order: "desc", notices: [] },
    { q: { sort: "'; drop table vote; --" }, sort: "name", order: "asc", notices: ["sort"] },
  ])("$q", ({ q, sort, order, notices }) => {
    const r = parseTableSort(q, DEFAULTS, "name");
    expect({ sort: r.sort, order: r.order }).toEqual({ sort, order });
    expect(r.notices.map((n) => n.param)).toEqual(notices);
  });
});

describe("parseYearParam", () => {
  it.each([
    { raw: undefined, year: undefined, notice: false },
    { raw: "2024", year: 2024, notice: false },
    { raw: " 1946 ", year: 1946, notice: false },
    { raw: "1945", year: undefined, notice: true },
    { raw: "20x4", year: undefined, notice: true },
  ])("$raw", ({ raw, year, notice }) => {
    const notices: FilterNotice[] = [];
    expect(parseYearParam({ year: raw }, "year", notices)).toBe(year);
    expect(notices.length > 0).toBe(notice);
  });
});

describe("parsePageParam (the country page's vpage)", () => {
  it.each([
    { raw: undefined, page: undefined, notice: false },
    { raw: "", page: undefined, notice: false },
    { raw: "3", page: 3, notice: false },
    { raw: " 100000 ", page: 100_000, notice: false },
    { raw: "0", page: undefined, notice: true },
    { raw: "100001", page: undefined, notice: true },
    { raw: "2.5", page: undefined, notice: true },
    { raw: "two", page: undefined, notice: true },
  ])("$raw", ({ raw, page, notice }) => {
    const notices: FilterNotice[] = [];
    expect(parsePageParam({ vpage: raw }, "vpage", notices)).toBe(page);
    expect(notices.map((n) => n.param)).toEqual(notice ? ["vpage"] : []);
  });
});

describe("sortRows", () => {
  const rows = [
    { n: "ญี่ปุ่น", v: 2 },
    { n: "จีน", v: null },
    { n: "เซียร์ราลีโอน", v: 5 },
    { n: "กายอานา", v: 2 },
  ];
  it.each([
    { by: "name", order: "asc", expected: ["กายอานา", "จีน", "เซียร์ราลีโอน", "ญี่ปุ่น"] },
    { by: "name", order: "desc", expected: ["ญี่ปุ่น", "เซียร์ราลีโอน", "จีน", "กายอานา"] },
    // Ties by name; missing values last in either direction.
    { by: "value", order: "desc", expected: ["เซียร์ราลีโอน", "กายอานา", "ญี่ปุ่น", "จีน"] },
    { by: "value", order: "asc", expected: ["กายอานา", "ญี่ปุ่น", "เซียร์ราลีโอน", "จีน"] },
  ] as const)("Thai collation, $by $order", ({ by, order, expected }) => {
    const sorted = sortRows(
      rows,
      (r) => (by === "name" ? r.n : r.v),
      order,
      "th",
      (r) => r.n,
    );
    expect(sorted.map((r) => r.n)).toEqual(expected);
  });
});
