import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/api/v1/cursor";
import type { DraftKey } from "@/lib/queries/drafts";

// The cursor of GET /api/v1/drafts: what it encodes comes back unchanged; anything else is refused.

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

describe("encodeCursor / decodeCursor", () => {
  const keys: DraftKey[] = [
    { sort: "date-desc", year: 2024, date: "2024-03-28", id: 3120 },
    { sort: "date-desc", year: 1947, date: null, id: 12 },
    { sort: "date-asc", year: 1946, date: "1946-02-16", id: 1 },
    { sort: "relevance", rank: 101.35000000149012, year: 2011, date: "2011-10-04", id: 2500 },
    { sort: "relevance", rank: 0, year: 1950, date: null, id: 77 },
    { sort: "symbol", ref: "S/PV.57:2" },
    { sort: "symbol", ref: "S/2023/1029:amendment-1" },
  ];
  it.each(keys)("round-trips %o", (key) => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/); // safe in a query string as it is
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc+/="],
    ["not JSON", Buffer.from("{oops").toString("base64url")],
    ["an object", b64({ sort: "symbol", ref: "S/1" })],
    ["another version", b64([2, "symbol", "S/1"])],
    ["an unknown sort", b64([1, "title", "x"])],
    ["too few keys", b64([1, "date-desc", 2024, "2024-01-01"])],
    ["too many keys", b64([1, "symbol", "S/1", 5])],
    ["a year that is text", b64([1, "date-asc", "2024", null, 1])],
    ["a date that is not one", b64([1, "date-asc", 2024, "2024-13-45", 1])],
    ["an id that is not whole", b64([1, "date-desc", 2024, null, 1.5])],
    ["a rank that is text", b64([1, "relevance", "1", 2024, null, 1])],
    ["an empty ref", b64([1, "symbol", ""])],
    ["too long", "A".repeat(401)],
  ])("refuses %s", (_what, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
