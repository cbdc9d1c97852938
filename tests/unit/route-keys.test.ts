import { describe, expect, it } from "vitest";
import { parseCountryCode, parseTopicSlug } from "@/lib/validations/route-keys";

describe("parseCountryCode", () => {
  it.each([
    { raw: "RUS", expected: { key: "RUS", canonical: true } },
    { raw: "rus", expected: { key: "RUS", canonical: false } },
    { raw: "Chn", expected: { key: "CHN", canonical: false } },
    { raw: "RUSS", expected: null },
    { raw: "R1S", expected: null },
    { raw: "%E0%A4", expected: null },
    { raw: "", expected: null },
  ])("$raw", ({ raw, expected }) => {
    expect(parseCountryCode(raw)).toEqual(expected);
  });
});

describe("parseTopicSlug", () => {
  it.each([
    { raw: "dprk", expected: { key: "dprk", canonical: true } },
    { raw: "israel-palestine", expected: { key: "israel-palestine", canonical: true } },
    { raw: "DPRK", expected: { key: "dprk", canonical: false } },
    { raw: "a%20b", expected: null },
    { raw: "-dprk", expected: null },
    { raw: "x".repeat(61), expected: null },
  ])("$raw", ({ raw, expected }) => {
    expect(parseTopicSlug(raw)).toEqual(expected);
  });
});
