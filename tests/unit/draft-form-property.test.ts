// Property-based tests (fast-check) of the server-side validation: random and hostile payloads
// never crash it, never pollute prototypes, and everything it accepts satisfies the rules.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideOutcome } from "@/lib/council/rules";
import { DraftFormSchema, EMPTY_DRAFT_VALUES, LIMITS, todayIso, type DraftFormValues } from "@/lib/validations/draft-form";
import { assessDraftVotes } from "@/lib/validations/draft-assessment";
import { draftValuesFromFormData } from "@/lib/validations/draft-form-data";
import { issuesToFieldErrors } from "@/lib/forms/zod-errors";
import type { SittingMember } from "@/lib/council/seat-queries";
import { parseImportCsv, rowToValues } from "@/lib/admin/import";

const EN = JSON.parse(readFileSync("messages/en/admin.json", "utf8")).errors as Record<string, string>;
const TH = JSON.parse(readFileSync("messages/th/admin.json", "utf8")).errors as Record<string, string>;

const P5 = ["CHN", "FRA", "GBR", "RUS", "USA"];
const E10 = ["DZA", "DNK", "GRC", "GUY", "KOR", "PAK", "PAN", "SLE", "SOM", "SVN"];
const COUNCIL_2025: SittingMember[] = [
  ...P5.map((code) => ({ code, nameAtTime: code, nameEn: code, nameTh: code, permanent: true })),
  ...E10.map((code) => ({ code, nameAtTime: code, nameEn: code, nameTh: code, permanent: false })),
];
const KNOWN = new Set([...P5, ...E10, "BRA", "SUN"]);

const BASE: DraftFormValues = {
  ...EMPTY_DRAFT_VALUES,
  symbol: "S/2025/353",
  votedOn: "2025-06-04",
  title: "The situation in the Middle East, including the Palestinian question",
  votes: Object.fromEntries([...P5, ...E10].map((c) => [c, c === "USA" ? "N" : "Y"])),
};

const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ maxLength: 3000 }),
  fc.constantFrom(
    "",
    " ",
    "__proto__",
    "constructor",
    "S/2025/353'; DROP TABLE draft;--",
    "<script>alert(1)</script>",
    "\u0000",
    "S/PV.9591",
    "1e3",
    "-1",
    "NaN",
    "9".repeat(400),
  ),
);
const anyValue = fc.oneof(hostileString, fc.anything({ maxDepth: 3 }), fc.integer(), fc.constant(null), fc.constant(undefined));
const cast = fc.oneof(fc.constantFrom("Y", "N", "A", "X"), hostileString);
const code = fc.oneof(fc.constantFrom(...P5, ...E10, "BRA", "XYZ", "SUN"), fc.string({ maxLength: 5 }));

/** A valid form with one or more fields replaced by random or hostile values. */
const mutatedForm = fc
  .record(
    {
      symbol: fc.oneof(hostileString, fc.constantFrom("S/2025/9", "S/1993/1", "S/23372", "S/2024/255/Rev.1")),
      votedOn: fc.oneof(
        hostileString,
        fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      ),
      meetingRecord: hostileString,
      title: hostileString,
      agendaItem: hostileString,
      modality: fc.oneof(fc.constantFrom("RECORDED_VOTE", "WITHOUT_VOTE", "NO_ROLL_CALL"), hostileString),
      procedural: fc.oneof(fc.boolean(), anyValue),
      resolutionNumber: fc.oneof(hostileString, fc.integer().map(String)),
      topics: fc.oneof(fc.array(hostileString, { maxLength: 20 }), anyValue),
      newTopicEn: hostileString,
      newTopicTh: hostileString,
      penholders: fc.oneof(fc.array(code, { maxLength: 20 }), anyValue),
      votes: fc.oneof(fc.dictionary(code, cast, { maxKeys: 20 }), anyValue),
      vetoedBy: fc.oneof(fc.array(code, { maxLength: 8 }), anyValue),
      sources: fc.oneof(
        fc.array(fc.record({ url: hostileString, title: hostileString, outlet: hostileString, language: hostileString, text: hostileString }), {
          maxLength: 12,
        }),
        anyValue,
      ),
      version: fc.oneof(hostileString, anyValue),
    },
    { requiredKeys: [] },
  )
  .map((patch) => ({ ...BASE, ...patch }) as unknown);

const payload = fc.oneof(mutatedForm, anyValue, fc.dictionary(hostileString, anyValue));

describe("DraftFormSchema under random and hostile payloads", () => {
  it("never throws, and every refusal is a translated message code in both languages", () => {
    fc.assert(
      fc.property(payload, (input) => {
        const parsed = DraftFormSchema.safeParse(input);
        if (parsed.success) return;
        const errors = issuesToFieldErrors(parsed.error.issues);
        expect(Object.keys(errors).length).toBeGreaterThan(0);
        for (const msg of Object.values(errors).flat()) {
          expect(EN[msg.code], msg.code).toBeTypeOf("string");
          expect(TH[msg.code], msg.code).toBeTypeOf("string");
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("accepts only input that keeps the rules, and checking it against the Council never throws", () => {
    fc.assert(
      fc.property(mutatedForm, (input) => {
        const parsed = DraftFormSchema.safeParse(input);
        if (!parsed.success) return;
        const d = parsed.data;
        if (d.symbol !== null) expect(d.symbol).toMatch(/^S\//);
        expect(d.votedOn <= todayIso() && d.votedOn >= "1946-01-17").toBe(true);
        // Empty becomes null (the write path decides whether this draft may lack a title).
        if (d.title !== null) expect(d.title.length).toBeGreaterThan(0);
        expect((d.title ?? "").length).toBeLessThanOrEqual(LIMITS.title);
        expect(Object.keys(d.votes).length).toBeLessThanOrEqual(15);
        for (const [m, v] of Object.entries(d.votes)) {
          expect(m).toMatch(/^[A-Z]{3}$/);
          expect(["Y", "N", "A", "X"]).toContain(v);
        }
        const { fieldErrors, decision } = assessDraftVotes(d, COUNCIL_2025, (c) => KNOWN.has(c));
        for (const msg of Object.values(fieldErrors).flat()) expect(EN[msg.code], msg.code).toBeTypeOf("string");
        if (decision && Object.keys(fieldErrors).length === 0) {
          // What is accepted: exactly the sitting members, and the outcome the rules give.
          expect(Object.keys(d.votes).sort()).toEqual([...P5, ...E10].sort());
          const again = decideOutcome({
            date: d.votedOn,
            procedural: d.procedural,
            votes: Object.entries(d.votes).map(([member, vote]) => ({ member, vote })),
          });
          expect(decision).toEqual(again);
          if (decision.outcome === "VETOED") expect(decision.vetoedBy.every((m) => P5.includes(m))).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("reads any FormData without throwing or touching prototypes", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.oneof(hostileString, fc.constantFrom("vote.__proto__", "sources.0.__proto__", "sources.99.url", "topics", "vote.USA")), hostileString),
          { maxLength: 40 },
        ),
        (entries) => {
          const fd = new FormData();
          for (const [k, v] of entries) fd.append(k, v);
          const values = draftValuesFromFormData(fd);
          expect(Object.getPrototypeOf(values.votes)).toBe(Object.prototype);
          expect(({} as Record<string, unknown>).Y).toBeUndefined();
          expect(() => DraftFormSchema.safeParse(values)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  it("parses any CSV text without throwing", () => {
    const header =
      "symbol,date,meeting_record,title,agenda_item,topics,penholders,procedural,resolution_number," +
      "yes,no,abstain,not_participating,vetoed_by,source_url,source_title,source_outlet,source_language,source_text";
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.array(fc.array(hostileString, { maxLength: 22 }), { maxLength: 8 }).map((rows) => [header, ...rows.map((r) => r.join(","))].join("\n")),
        ),
        (text) => {
          const parsed = parseImportCsv(text);
          for (const row of parsed.rows) {
            const { values } = rowToValues(row.cells, row.line);
            expect(() => DraftFormSchema.safeParse(values)).not.toThrow();
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
