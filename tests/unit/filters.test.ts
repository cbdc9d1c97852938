import { describe, expect, it } from "vitest";
import { filtersToSearch, parseDraftFilters } from "@/lib/validations/filters";

describe("parseDraftFilters", () => {
  it.each([
    { q: { country: "rus", vote: "N", from: "2000", to: "2024" }, filters: { country: "RUS", vote: "N", from: 2000, to: 2024 }, notices: [] },
    {
      q: { vetoedBy: "USA", topic: "israel-palestine", outcome: "vetoed" },
      filters: { vetoedBy: "USA", topic: "israel-palestine", outcome: "vetoed" },
      notices: [],
    },
    { q: { country: "RUSSIA", from: "abc" }, filters: {}, notices: ["country", "from"] },
    { q: { from: "2024", to: "1990" }, filters: { from: 2024 }, notices: ["to"] },
    { q: { vote: "Y" }, filters: {}, notices: ["vote"] },
    { q: { outcome: "'; DROP TABLE draft; --" }, filters: {}, notices: ["outcome"] },
    { q: { page: "-1", sort: "random" }, filters: {}, notices: ["sort", "page"] },
    { q: { q: "  Syria " }, filters: { q: "Syria" }, notices: [] },
    { q: { from: "1800" }, filters: {}, notices: ["from"] },
  ])("$q", ({ q, filters, notices }) => {
    const r = parseDraftFilters(q);
    expect(r.filters).toEqual(filters);
    expect(r.notices.map((n) => n.param)).toEqual(notices);
  });

  it("round-trips through the query string", () => {
    const { filters } = parseDraftFilters({ country: "RUS", from: "2000", outcome: "vetoed" });
    expect(filtersToSearch(filters)).toBe("?country=RUS&from=2000&outcome=vetoed");
    expect(parseDraftFilters(new URLSearchParams(filtersToSearch(filters, { page: 2 }))).filters).toEqual({ ...filters, page: 2 });
  });
});
