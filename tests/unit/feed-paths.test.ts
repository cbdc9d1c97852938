import { describe, expect, it } from "vitest";
import { feedPagePath, feedPath, localePath, parseFeedPath } from "@/lib/feeds/paths";

describe("parseFeedPath", () => {
  it.each([
    ["votes.atom", { kind: "votes" }],
    ["vetoes.atom", { kind: "vetoes" }],
    ["members/RUS.atom", { kind: "member", code: "RUS" }],
    ["members/rus.atom", { kind: "member", code: "RUS" }],
    ["topics/dprk.atom", { kind: "topic", slug: "dprk" }],
    ["topics/middle-east.atom", { kind: "topic", slug: "middle-east" }],
    ["votes", null],
    ["votes.rss", null],
    ["all.atom", null],
    ["members/RUSS.atom", null],
    ["members/R1S.atom", null],
    ["topics/DPRK.atom", null],
    ["topics/a--b.atom", null],
    ["members/RUS/x.atom", null],
    ["things/RUS.atom", null],
  ])("%s", (path, expected) => {
    expect(parseFeedPath(path.split("/"))).toEqual(expected);
  });

  it("feedPath is the inverse of parseFeedPath, and each feed follows a page", () => {
    for (const path of ["/feeds/votes.atom", "/feeds/vetoes.atom", "/feeds/members/USA.atom", "/feeds/topics/syria.atom"]) {
      const kind = parseFeedPath(path.split("/").slice(2))!;
      expect(feedPath(kind)).toBe(path);
      expect(feedPagePath(kind)).toMatch(/^\/(resolutions|vetoes|countries\/USA|topics\/syria)$/);
    }
  });

  it("localePath leaves English unprefixed and puts Thai under /th", () => {
    expect(localePath("/feeds/votes.atom", "en")).toBe("/feeds/votes.atom");
    expect(localePath("/feeds/votes.atom", "th")).toBe("/th/feeds/votes.atom");
    expect(localePath("/", "th")).toBe("/th");
  });
});
