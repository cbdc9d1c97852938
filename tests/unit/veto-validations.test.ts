import { describe, expect, it } from "vitest";
import { parseHistoryView, VetoApiQuerySchema } from "@/lib/validations/vetoes";

describe("parseHistoryView", () => {
  it.each([
    { q: {}, view: "state", by: "year", notices: [] },
    { q: { view: "seat", by: "decade" }, view: "seat", by: "decade", notices: [] },
    { q: { view: "SEAT" }, view: "seat", by: "year", notices: [] },
    { q: { view: "both", by: "century" }, view: "state", by: "year", notices: ["view", "by"] },
    { q: { view: ["seat", "state"] }, view: "seat", by: "year", notices: [] },
  ])("$q", ({ q, view, by, notices }) => {
    const r = parseHistoryView(q);
    expect(r).toMatchObject({ view, by });
    expect(r.notices.map((n) => n.param)).toEqual(notices);
  });
});

describe("VetoApiQuerySchema", () => {
  it.each([
    { q: {}, ok: { format: "json" } },
    {
      q: { member: "rus", from: "2000", to: "2024", topic: "Syria", format: "csv" },
      ok: { member: "RUS", from: 2000, to: 2024, topic: "syria", format: "csv" },
    },
    { q: { member: "ROC" }, ok: { member: "ROC", format: "json" } },
    { q: { member: "RUSSIA" }, bad: ["member"] },
    { q: { member: "DEU" }, bad: ["member"] },
    { q: { from: "1945" }, bad: ["from"] },
    { q: { from: "2000", to: "1999" }, bad: ["to"] },
    { q: { to: "abc", topic: "a b" }, bad: ["to", "topic"] },
    { q: { format: "xlsx" }, bad: ["format"] },
  ])("$q", ({ q, ok, bad }) => {
    const r = VetoApiQuerySchema.safeParse(q);
    if (ok) expect(r.success && r.data).toEqual(ok);
    else expect(r.success ? [] : r.error.issues.map((i) => i.path.join("."))).toEqual(bad);
  });
});
