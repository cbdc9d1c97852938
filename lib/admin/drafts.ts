// The write path for drafts and their votes: create, correct, delete. Input is untrusted (a form,
// a CSV row, a hand-made request): it is parsed with the shared zod schema and checked against the
// record and the Council sitting that day (draft-check.ts), which computes the outcome and vetoes
// with lib/council/rules; whatever the browser showed is never stored. Each write is one
// transaction (draft-write.ts): the draft with its votes, vetoes, topics, penholders, sources and
// an audit entry (draft-snapshot.ts), or nothing.
import type { Prisma } from "../generated/prisma/client";
import type { Outcome } from "../council/rules";
import type { WriteRefusal } from "../forms/action-state";
import { writeAudit, type Actor, type AuditAction } from "./audit";
import { hasRole } from "../auth/roles";
import { checkDraft, loadCheckContext, missingOnRecord, parseDraftInput } from "./draft-check";
import { findDraft, snapshotOf } from "./draft-snapshot";
import { changedSince, citedSources, conflictOf, deleteOrphanSources, draftNotFound, saveCheckedDraft } from "./draft-write";
import { isUniqueViolation, runWrite, type Tx } from "./transaction";
import { applySummaries, summariesBefore } from "../db/summaries";

export type DraftWriteResult = { ok: true; ref: string; version: number; outcome: Outcome; vetoedBy: string[] } | WriteRefusal;

const FORBIDDEN = { ok: false, status: "forbidden", message: { code: "roleRequired", values: { role: "editor" } } } as const;

/**
 * Creates (ref = null) or corrects (ref = the draft's current ref) a draft inside the caller's
 * transaction. Refusals come back as results; unexpected database errors are thrown.
 */
export async function saveDraftInTransaction(
  tx: Tx,
  ref: string | null,
  raw: unknown,
  actor: Actor,
  action: AuditAction = ref ? "update" : "create",
): Promise<DraftWriteResult> {
  if (!hasRole(actor, "editor")) return FORBIDDEN;
  const current = ref === null ? null : await findDraft(tx, ref);
  if (ref !== null && !current) return draftNotFound(ref);
  const parsed = parseDraftInput(raw);
  // Reported together with the form's other errors, so the editor sees every field at once.
  const missing = missingOnRecord(raw, current);
  if (!parsed.ok || Object.keys(missing).length > 0)
    return { ok: false, status: "invalid", fieldErrors: { ...(parsed.ok ? {} : parsed.fieldErrors), ...missing } };
  const input = parsed.data;
  if (current) {
    if (input.version === null) return { ok: false, status: "invalid", fieldErrors: { version: [{ code: "invalid" }] } };
    if (input.version !== current.version) return conflictOf(current);
  }

  const check = checkDraft(input, current, await loadCheckContext(tx, [input], current));
  if (!check.ok) return { ok: false, status: "invalid", fieldErrors: check.fieldErrors };
  const checked = check.checked;
  const after = await saveCheckedDraft(tx, checked, current, actor, action);
  return { ok: true, ref: checked.ref, version: after.version, outcome: checked.outcome, vetoedBy: checked.vetoedBy };
}

/** A unique index beat our pre-check (two saves at once): report it at the field it concerns. */
function uniqueViolation(error: unknown): WriteRefusal | null {
  if (!isUniqueViolation(error)) return null;
  const target = JSON.stringify(error.meta ?? {});
  if (target.includes("resolution_number"))
    return { ok: false, status: "invalid", fieldErrors: { resolutionNumber: [{ code: "resolutionTaken", values: { ref: "?" } }] } };
  if (target.includes("ref")) return { ok: false, status: "invalid", fieldErrors: { symbol: [{ code: "symbolTaken", values: { ref: "?" } }] } };
  return null;
}

type Saved = Extract<DraftWriteResult, { ok: true }>;

/** One write, then its change to the read summaries (dashboard, veto history, country pages) in the same transaction. */
const inTransaction = (work: (tx: Tx) => Promise<DraftWriteResult>) =>
  runWrite<Saved>(
    async (tx) => {
      const result = await work(tx);
      if (result.ok) await applySummaries(tx);
      return result;
    },
    { onDatabaseError: uniqueViolation },
  );

export function createDraft(input: unknown, actor: Actor): Promise<DraftWriteResult> {
  return inTransaction((tx) => saveDraftInTransaction(tx, null, input, actor));
}

export function updateDraft(ref: string, input: unknown, actor: Actor): Promise<DraftWriteResult> {
  return inTransaction((tx) => saveDraftInTransaction(tx, ref, input, actor));
}

/** Deletes a draft with everything hanging off it, if nobody changed it since `version`. */
export function deleteDraft(ref: string, version: unknown, actor: Actor): Promise<DraftWriteResult> {
  return inTransaction(async (tx) => {
    if (!hasRole(actor, "editor")) return FORBIDDEN;
    const current = await findDraft(tx, ref);
    if (!current) return draftNotFound(ref);
    const v = typeof version === "string" && /^\d{1,9}$/.test(version) ? Number(version) : typeof version === "number" ? version : null;
    if (v === null) return { ok: false, status: "invalid", fieldErrors: { version: [{ code: "invalid" }] } };
    if (v !== current.version) return conflictOf(current);
    await summariesBefore(tx, [{ id: current.id, version: v }]);
    const sources = await citedSources(tx, [current.id]);
    const deleted = await tx.draft.deleteMany({ where: { id: current.id, version: v } });
    if (deleted.count === 0) return changedSince(tx, current);
    await deleteOrphanSources(tx, sources); // cited by no other draft: nothing would show them
    await writeAudit(tx, {
      actor,
      action: "delete",
      entity: "draft",
      key: current.ref,
      before: snapshotOf(current) as unknown as Prisma.InputJsonValue,
      after: null,
    });
    return { ok: true, ref: current.ref, version: current.version, outcome: current.outcome, vetoedBy: current.vetoes.map((v) => v.memberCode) };
  });
}
