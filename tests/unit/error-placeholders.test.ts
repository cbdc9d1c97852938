import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createTranslator } from "use-intl/core";
import { DraftFormSchema, EMPTY_DRAFT_VALUES } from "@/lib/validations/draft-form";
import { assessDraftVotes } from "@/lib/validations/draft-assessment";
import { issuesToFieldErrors } from "@/lib/forms/zod-errors";
import type { FieldErrors } from "@/lib/forms/action-state";
import type { SittingMember } from "@/lib/council/seat-queries";

// A validation message is shown with its values filled in, never with a raw "{max}": every error a
// bad draft can produce (the form and the import check share these paths) rendered in both languages.
const errorsOf = (locale: string) => JSON.parse(readFileSync(`messages/${locale}/admin.json`, "utf8")).errors as Record<string, string>;

function render(errors: FieldErrors, locale: string): string[] {
  const t = createTranslator({ locale, messages: { errors: errorsOf(locale) }, namespace: "errors", onError: () => {} });
  return Object.values(errors)
    .flat()
    .map((m) => (t as unknown as (k: string, v?: object) => string)(m.code, m.values));
}

const CODES_2024 = ["CHN", "FRA", "GBR", "RUS", "USA", "DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"];
const good = {
  ...EMPTY_DRAFT_VALUES,
  symbol: "S/2024/835",
  votedOn: "2024-11-20",
  title: "A draft",
  votes: Object.fromEntries(CODES_2024.map((c) => [c, "Y"])),
};

const formCases: [string, Record<string, unknown>][] = [
  ["sixteen votes", { votes: { ...good.votes, DEU: "Y" } }],
  ["a title too long", { title: "x".repeat(5000) }],
  ["too many topics", { topics: Array.from({ length: 60 }, (_, i) => `topic-${i}`) }],
  ["too many vetoes", { vetoedBy: ["CHN", "FRA", "GBR", "RUS", "USA", "JPN"] }],
];

describe("no validation message shows a raw placeholder", () => {
  it.each(formCases.flatMap(([name, change]) => ["en", "th"].map((locale) => [name, change, locale] as const)))("%s (%s)", (_name, change, locale) => {
    const parsed = DraftFormSchema.safeParse({ ...good, ...change });
    expect(parsed.success).toBe(false);
    const texts = render(issuesToFieldErrors(parsed.error!.issues), locale);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/[{}]|^errors\./);
  });

  it("twelve votes in 1950 (a Council of eleven): the rules' message names the size", () => {
    const sitting: SittingMember[] = ["CHN", "FRA", "GBR", "SUN", "USA", "IND", "CUB", "ECU", "EGY", "NOR", "YUG"].map((code, i) => ({
      code,
      nameAtTime: code,
      nameEn: code,
      nameTh: code,
      permanent: i < 5,
    }));
    const votes = Object.fromEntries([...sitting.map((s) => [s.code, "Y" as const]), ["DEU", "Y" as const]]);
    const { fieldErrors } = assessDraftVotes(
      { votedOn: "1950-06-27", procedural: false, votes, vetoedBy: [], modality: "RECORDED_VOTE", resolutionNumber: null },
      sitting,
      () => true,
    );
    for (const locale of ["en", "th"]) expect(render({ votes: fieldErrors.votes! }, locale).join(" ")).toMatch(/\b11\b/);
  });

  it("a refine's params reach the message (the plumbing, not one hard-coded code)", () => {
    const schema = z.object({ n: z.number().refine((n) => n < 3, { error: "tooMany", params: { max: 2 } }) });
    expect(issuesToFieldErrors(schema.safeParse({ n: 5 }).error!.issues)).toEqual({ n: [{ code: "tooMany", values: { max: 2 } }] });
  });
});
