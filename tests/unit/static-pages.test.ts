import { describe, expect, it } from "vitest";
import { publicPathOf, STATIC_PAGES } from "@/lib/static-pages";

describe("static copies of the busiest pages", () => {
  it.each([
    ["/static-dashboard", "/"],
    ["/static-vetoes", "/vetoes"],
    ["/vetoes", "/vetoes"],
    ["/resolutions/S/2024/255", "/resolutions/S/2024/255"],
  ])("%s is linked as %s", (internal, pub) => {
    expect(publicPathOf(internal)).toBe(pub);
  });
  it("maps every public path to an internal route of its own", () => {
    expect(new Set(Object.values(STATIC_PAGES)).size).toBe(Object.keys(STATIC_PAGES).length);
  });
});
