import { describe, expect, it } from "vitest";
import { draftPath, normalizeDraftRef, parseDraftRef } from "@/lib/validations/draft-ref";

describe("parseDraftRef", () => {
  it.each([
    { input: ["S", "2024", "255"], target: { kind: "ref", ref: "S/2024/255" } },
    { input: "S/2024/255", target: { kind: "ref", ref: "S/2024/255" } },
    { input: ["s", "2024", "255"], target: { kind: "ref", ref: "S/2024/255" } },
    { input: ["S", "23372"], target: { kind: "ref", ref: "S/23372" } },
    { input: ["S", "7951", "Rev.2"], target: { kind: "ref", ref: "S/7951/Rev.2" } },
    { input: ["s", "7951", "rev.2"], target: { kind: "ref", ref: "S/7951/Rev.2" } },
    { input: ["S", "2003", "1100", "CORR.1"], target: { kind: "ref", ref: "S/2003/1100/Corr.1" } },
    { input: ["S", "PV.57:2"], target: { kind: "ref", ref: "S/PV.57:2" } },
    { input: ["S", "PV.57%3A2"], target: { kind: "ref", ref: "S/PV.57:2" } },
    { input: ["S", "552:preliminary-question"], target: { kind: "ref", ref: "S/552:preliminary-question" } },
    { input: ["s", "2023", "1029:Amendment-1"], target: { kind: "ref", ref: "S/2023/1029:amendment-1" } },
    { input: ["S", "7591", "Rev.2:paragraph-1"], target: { kind: "ref", ref: "S/7591/Rev.2:paragraph-1" } },
    { input: ["S%2F2024%2F255"], target: { kind: "ref", ref: "S/2024/255" } },
    { input: ["S", "2024", "255 "], target: { kind: "ref", ref: "S/2024/255" } }, // surrounding space trimmed
    { input: ["1718"], target: { kind: "resolution", number: 1718 } },
    { input: "0082", target: { kind: "resolution", number: 82 } },
    { input: ["S", "RES", "1718(2006)"], target: { kind: "resolution", number: 1718, year: 2006 } },
    { input: ["s", "res", "2231"], target: { kind: "resolution", number: 2231 } },
  ])("accepts $input", ({ input, target }) => {
    expect(parseDraftRef(input)).toEqual({ ok: true, target });
  });

  it.each([
    { input: [], why: "empty" },
    { input: ["0"], why: "resolution 0" },
    { input: ["123456"], why: "six-digit number" },
    { input: ["S", "2024", "255;DROP"], why: "semicolon" },
    { input: ["S", "2024", "<script>"], why: "angle brackets" },
    { input: ["S", "20 24", "255"], why: "space" },
    { input: ["S", "x".repeat(80)], why: "too long" },
    { input: ["S", "%E0%A4%A"], why: "broken escape" },
    { input: ["A", "2024", "255"], why: "not a Security Council symbol" },
    { input: ["S", "", "255"], why: "empty segment" },
    { input: ["S", "2024", ""], why: "trailing slash" },
    { input: ["S", "2024", "ทดสอบ"], why: "non-ASCII" },
  ])("rejects $why", ({ input }) => {
    const r = parseDraftRef(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
  });
});

describe("normalizeDraftRef", () => {
  it.each([
    ["S/2024/255", "S/2024/255"],
    ["s/pv.9591", "S/PV.9591"],
    ["S/7951/REV.2", "S/7951/Rev.2"],
    ["s/1998/1234/add.1", "S/1998/1234/Add.1"],
    ["S/1076:paragraphs-1-4", "S/1076:paragraphs-1-4"],
    ["s/pv.122:1", "S/PV.122:1"],
  ])("%s → %s", (input, out) => expect(normalizeDraftRef(input)).toBe(out));
});

describe("draftPath", () => {
  it.each([
    ["S/2024/255", "/resolutions/S/2024/255"],
    ["S/PV.57:2", "/resolutions/S/PV.57:2"],
    ["S/7951/Rev.2", "/resolutions/S/7951/Rev.2"],
    ["S/RES/1718(2006)", "/resolutions/S/RES/1718(2006)"],
  ])("%s → %s", (ref, path) => expect(draftPath(ref)).toBe(path));

  it("round-trips through parseDraftRef", () => {
    for (const ref of ["S/2024/255", "S/PV.57:2", "S/7951/Rev.2"]) {
      const segments = draftPath(ref).split("/").slice(2);
      expect(parseDraftRef(segments)).toEqual({ ok: true, target: { kind: "ref", ref } });
    }
  });
});
