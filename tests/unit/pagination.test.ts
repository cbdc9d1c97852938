import { describe, expect, it } from "vitest";
import { pageCount, pageWindow } from "@/lib/pagination";

describe("pageWindow", () => {
  it.each([
    { current: 1, total: 1, out: [1] },
    { current: 1, total: 3, out: [1, 2, 3] },
    { current: 1, total: 10, out: [1, 2, 3, null, 10] },
    { current: 5, total: 10, out: [1, 2, 3, 4, 5, 6, 7, null, 10] },
    { current: 10, total: 10, out: [1, null, 8, 9, 10] },
    { current: 4, total: 7, out: [1, 2, 3, 4, 5, 6, 7] },
  ])("page $current of $total", ({ current, total, out }) => {
    expect(pageWindow(current, total)).toEqual(out);
  });
});

describe("pageCount", () => {
  it.each([
    [0, 50, 1],
    [1, 50, 1],
    [50, 50, 1],
    [51, 50, 2],
    [283, 50, 6],
  ])("%i rows / %i per page → %i", (total, size, pages) => {
    expect(pageCount(total, size)).toBe(pages);
  });
});
