// Every draft on record must open in the edit form and save unchanged, without the editor
// inventing what the sources do not give (a title, a roll call, a link), and saving unchanged must
// change nothing. Flagged drafts (defective rows kept as evidence) may instead be refused, but only
// with field errors that say what to correct.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { councilSize } from "@/lib/council/rules";
import { getDraftForEdit } from "@/lib/admin/queries";
import { saveDraftInTransaction, type DraftWriteResult } from "@/lib/admin/drafts";
import { DRAFT_RECORD_SELECT } from "@/lib/admin/draft-snapshot";
import { sittingMembersOn } from "@/lib/council/seat-queries";
import { DraftFormSchema, type DraftFormValues } from "@/lib/validations/draft-form";
import { draftPath, parseAdminDraftPath, parseDraftRef } from "@/lib/validations/draft-ref";
import { createTestUser, type TestUser } from "../support/factories";

class RollBack extends Error {}

let editor: TestUser;
beforeAll(async () => {
  editor = await createTestUser("editor");
});

type Saved = { result: DraftWriteResult; before: unknown; after: unknown; sourcesBefore: number; sourcesAfter: number };

/** Saves `values` over the stored draft inside a transaction that is always rolled back. */
async function saveAndRollBack(ref: string, values: DraftFormValues): Promise<Saved> {
  let saved: Saved | undefined;
  try {
    await db.$transaction(async (tx) => {
      const read = async () => {
        const d = await tx.draft.findUnique({ where: { ref }, select: DRAFT_RECORD_SELECT });
        if (!d) return null;
        // What a save may change: the version, who saved it and when.
        const { version: _v, updatedBy: _b, updatedAt: _a, id: _i, ...rest } = d;
        return rest;
      };
      const before = await read();
      const sourcesBefore = await tx.source.count();
      const result = await saveDraftInTransaction(tx, ref, values, editor);
      saved = { result, before, after: await read(), sourcesBefore, sourcesAfter: await tx.source.count() };
      throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return saved!;
}

describe("every seeded draft can be corrected through the edit form", () => {
  it("every draft's edit address names it, and its stored values pass the form's schema, except the undated flagged ones", async () => {
    const drafts = await db.draft.findMany({ select: { ref: true, flagged: true, resolutionNumber: true, year: true }, orderBy: { id: "asc" } });
    expect(drafts.length).toBeGreaterThan(3000);
    const refused: string[] = [];
    for (const { ref, flagged, resolutionNumber, year } of drafts) {
      // Its edit page's address, as /admin links to it, names this draft: by its ref, or, for the
      // resolutions known as S/RES/n(year), by that resolution (resolved like the public page).
      const target = parseAdminDraftPath([...draftPath(ref).split("/").slice(2), "edit"]);
      expect(target, ref).not.toBeNull();
      const named = parseDraftRef(target!.refSegments);
      expect(named.ok, ref).toBe(true);
      if (named.ok && named.target.kind === "resolution") expect([named.target.number, named.target.year], ref).toEqual([resolutionNumber, year]);
      else if (named.ok && named.target.kind === "ref") expect(named.target.ref).toBe(ref);
      const values = (await getDraftForEdit(ref, editor))!.values;
      const parsed = DraftFormSchema.safeParse(values);
      if (!parsed.success) {
        refused.push(ref);
        // Only a missing date, which the form cannot keep (the grid depends on it), and only on flagged rows.
        expect(flagged, `${ref}: ${JSON.stringify(parsed.error.issues[0])}`).toBe(true);
        expect(
          parsed.error.issues.every((i) => i.path[0] === "votedOn"),
          ref,
        ).toBe(true);
      }
    }
    expect(refused.length).toBeLessThanOrEqual(10);
  }, 120_000);

  it("saving a draft unchanged succeeds and changes nothing (every kind of record, sampled)", async () => {
    // Each shape the seed stores: no title, no roll call, a source with no link, parts sharing a
    // symbol, no symbol, adopted without a vote, resolutions known only by S/RES/n(year); plus a
    // spread of ordinary drafts.
    const rows = await db.$queryRaw<{ ref: string; flagged: boolean }[]>`
      SELECT d.ref, d.flagged FROM (
        SELECT d.*, row_number() OVER (PARTITION BY
                 (d.title IS NULL), d.modality, d.symbol IS NULL, d.ref LIKE 'S/RES/%', d.ref LIKE '%:%',
                 EXISTS (SELECT 1 FROM draft_source ds JOIN source s ON s.id = ds.source_id WHERE ds.draft_id = d.id AND s.url IS NULL)
               ORDER BY d.id) AS n
        FROM draft d) d
      WHERE d.n % 40 = 1 OR d.flagged AND d.n % 4 = 1
         OR d.ref IN ('S/2024/255', 'S/RES/1718(2006)', 'S/552', 'S/552:preliminary-question', 'S/2025/112:amendment-1')`;
    expect(rows.length).toBeGreaterThan(60);
    const kinds = new Set<string>();
    for (const { ref, flagged } of rows) {
      const draft = (await getDraftForEdit(ref, editor))!;
      const { result, before, after, sourcesBefore, sourcesAfter } = await saveAndRollBack(ref, draft.values);
      if (!result.ok && flagged) {
        expect(result.status, `${ref}: ${JSON.stringify(result)}`).toBe("invalid");
        continue;
      }
      expect(result, `${ref}: ${JSON.stringify(result)}`).toMatchObject({ ok: true, ref, version: draft.version + 1 });
      expect(after, ref).toEqual(before);
      expect(sourcesAfter, `${ref}: no source is duplicated`).toBe(sourcesBefore);
      if (draft.values.title === "") kinds.add("untitled");
      if (draft.noRollCall) kinds.add("no roll call");
      if (draft.values.sources.some((s) => s.url === "")) kinds.add("source without link");
      if (ref.startsWith("S/RES/")) kinds.add("resolution ref");
    }
    expect([...kinds].sort()).toEqual(["no roll call", "resolution ref", "source without link", "untitled"]);
  }, 180_000);
});

describe("what a correction may not do", () => {
  it("a title or a link the record has cannot be removed, and a new draft needs both", async () => {
    const draft = (await getDraftForEdit("S/2024/255", editor))!;
    const noTitle = await saveAndRollBack("S/2024/255", { ...draft.values, title: "" });
    expect(noTitle.result).toMatchObject({ ok: false, status: "invalid", fieldErrors: { title: [{ code: "required" }] } });

    let created: DraftWriteResult | undefined;
    try {
      await db.$transaction(async (tx) => {
        created = await saveDraftInTransaction(tx, null, { ...draft.values, symbol: "S/2024/9999", resolutionNumber: "", title: "", version: "" }, editor);
        throw new RollBack();
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    expect(created).toMatchObject({ ok: false, status: "invalid", fieldErrors: { title: [{ code: "required" }] } });

    const newSource = { url: "", title: "A source nobody has linked", outlet: "", language: "en", text: "" };
    const kept = draft.values.sources.slice(0, 9);
    const unlinked = await saveAndRollBack("S/2024/255", { ...draft.values, sources: [...kept, newSource] });
    expect(unlinked.result).toMatchObject({ ok: false, status: "invalid", fieldErrors: { [`sources.${kept.length}.url`]: [{ code: "required" }] } });
  });

  it("a no-roll-call draft becomes a recorded vote once the editor enters the votes", async () => {
    const [row] = await db.$queryRaw<{ ref: string }[]>`
      SELECT ref FROM draft d WHERE modality = 'NO_ROLL_CALL' AND NOT flagged AND voted_on IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM veto x WHERE x.draft_id = d.id) ORDER BY voted_on DESC, id LIMIT 1`;
    const draft = (await getDraftForEdit(row!.ref, editor))!;
    const sitting = await sittingMembersOn(db, draft.values.votedOn);
    expect(sitting).toHaveLength(councilSize(draft.values.votedOn));
    const votes = Object.fromEntries(sitting.map((s) => [s.code, "Y"]));
    let after: { modality: string; yesCount: number | null; votesComplete: boolean } | null = null;
    try {
      await db.$transaction(async (tx) => {
        const result = await saveDraftInTransaction(tx, row!.ref, { ...draft.values, votes }, editor);
        expect(result).toMatchObject({ ok: true, outcome: "ADOPTED" });
        after = await tx.draft.findUnique({ where: { ref: row!.ref }, select: { modality: true, yesCount: true, votesComplete: true } });
        throw new RollBack();
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    expect(after).toEqual({ modality: "RECORDED_VOTE", yesCount: sitting.length, votesComplete: true });
  });
});
