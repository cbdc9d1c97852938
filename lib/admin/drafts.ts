// The write path for drafts and their votes: create, correct, delete. Input is untrusted (a form,
// a CSV row, a hand-made request): it is parsed with the shared zod schema, checked against the
// Council sitting that day, and the outcome and vetoes are computed here with lib/council/rules —
// whatever the browser showed is never stored. Each write is one transaction: the draft with its
// votes, vetoes, topics, penholders, sources and an audit entry, or nothing.
import { createHash } from "node:crypto";
import type { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { toIsoDate, type Outcome, type VoteCast } from "../council/rules";
import {
  assessDraftVotes,
  DraftFormSchema,
  issuesToFieldErrors,
  slugify,
  type DraftInput,
  type SittingMember,
} from "../validations/draft-form";
import { addFieldError, type FieldErrors, type WriteRefusal } from "./action-state";
import { writeAudit, type Actor, type AuditAction } from "./audit";
import { hasRole } from "../auth/roles";
import { isUniqueViolation, Refusal, runWrite, type Tx } from "./transaction";
import { refreshSummaries } from "../db/summaries";


export type DraftWriteResult = { ok: true; ref: string; version: number; outcome: Outcome; vetoedBy: string[] } | WriteRefusal;

const FORBIDDEN = { ok: false, status: "forbidden", message: { code: "roleRequired", values: { role: "editor" } } } as const;

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The members on the Council on a date, from the seat records (one row per state per year). One query. */
export async function sittingMembersOn(client: Tx | typeof db, isoDate: string): Promise<SittingMember[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(Date.parse(`${isoDate}T00:00:00Z`))) return [];
  const day = utcDate(isoDate);
  const seats = await client.councilSeat.findMany({
    where: { startsOn: { lte: day }, endsOn: { gte: day } },
    select: { memberCode: true, nameAtTime: true, permanent: true, member: { select: { nameEn: true, nameTh: true } } },
    orderBy: [{ permanent: "desc" }, { nameAtTime: "asc" }],
  });
  return seats.map((s) => ({ code: s.memberCode, nameAtTime: s.nameAtTime, nameEn: s.member.nameEn, nameTh: s.member.nameTh, permanent: s.permanent }));
}

// ---------------------------------------------------------------------------------------------
// Snapshots (what the audit shows before and after a change)

/** Everything the form, the audit snapshot and the version check read of a draft. */
export const DRAFT_RECORD_SELECT = {
  id: true,
  ref: true,
  symbol: true,
  votedOn: true,
  year: true,
  title: true,
  agendaItem: true,
  modality: true,
  procedural: true,
  outcome: true,
  resolutionNumber: true,
  yesCount: true,
  noCount: true,
  abstainCount: true,
  nonVotingCount: true,
  votesComplete: true,
  version: true,
  updatedBy: true,
  updatedAt: true,
  meeting: { select: { record: true } },
  votes: { select: { memberCode: true, vote: true }, orderBy: { memberCode: "asc" } },
  vetoes: { select: { memberCode: true }, orderBy: { memberCode: "asc" } },
  topics: { select: { topicSlug: true }, orderBy: { topicSlug: "asc" } },
  penholders: { select: { memberCode: true }, orderBy: { memberCode: "asc" } },
  sources: { select: { source: { select: { url: true, key: true, title: true, outlet: true, language: true, text: true } } }, orderBy: { sourceId: "asc" } },
} satisfies Prisma.DraftSelect;

type DraftRow = Prisma.DraftGetPayload<{ select: typeof DRAFT_RECORD_SELECT }>;

export interface DraftSnapshot {
  ref: string;
  symbol: string | null;
  votedOn: string | null;
  meetingRecord: string | null;
  title: string | null;
  agendaItem: string | null;
  modality: string;
  procedural: boolean;
  outcome: Outcome;
  resolutionNumber: number | null;
  tally: string | null;
  votes: Record<string, VoteCast>;
  vetoedBy: string[];
  topics: string[];
  penholders: string[];
  sources: { url: string | null; title: string; outlet: string | null; language: string; text: string | null }[];
  version: number;
}

function textDigest(text: string | null): string | null {
  if (text === null) return null;
  return `${text.length} characters, sha256 ${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}

function snapshotOf(d: DraftRow): DraftSnapshot {
  return {
    ref: d.ref,
    symbol: d.symbol,
    votedOn: d.votedOn ? toIsoDate(d.votedOn) : null,
    meetingRecord: d.meeting?.record ?? null,
    title: d.title,
    agendaItem: d.agendaItem,
    modality: d.modality,
    procedural: d.procedural,
    outcome: d.outcome,
    resolutionNumber: d.resolutionNumber,
    tally: d.yesCount === null ? null : `${d.yesCount}-${d.noCount ?? 0}-${d.abstainCount ?? 0}-${d.nonVotingCount ?? 0}`,
    votes: Object.fromEntries(d.votes.map((v) => [v.memberCode, v.vote])),
    vetoedBy: d.vetoes.map((v) => v.memberCode),
    topics: d.topics.map((t) => t.topicSlug),
    penholders: d.penholders.map((p) => p.memberCode),
    // Long verbatim texts are summarised (length + digest): the audit shows that they changed.
    sources: d.sources.map(({ source: s }) => ({ url: s.url, title: s.title, outlet: s.outlet, language: s.language, text: textDigest(s.text) })),
    version: d.version,
  };
}

async function findDraft(tx: Tx, ref: string): Promise<DraftRow | null> {
  return tx.draft.findUnique({ where: { ref }, select: DRAFT_RECORD_SELECT });
}

function conflictOf(d: { updatedBy: string | null; updatedAt: Date }): WriteRefusal {
  return { ok: false, status: "conflict", message: { code: "conflict", values: { by: d.updatedBy ?? "?", at: d.updatedAt.toISOString() } } };
}

// ---------------------------------------------------------------------------------------------
// Validation against the database

/** The URL key: the symbol; an existing draft keeps its ref while its symbol is unchanged. */
function refFor(input: DraftInput, current: { ref: string; symbol: string | null } | null): string {
  if (current && current.symbol === input.symbol) return current.ref;
  return input.symbol ?? current!.ref; // symbol null only for an existing symbol-less draft (checked before)
}

interface Checked {
  input: DraftInput;
  sitting: SittingMember[];
  outcome: Outcome;
  vetoedBy: string[];
  tally: { yes: number; no: number; abstain: number; nonVoting: number } | null;
}

async function checkAgainstDatabase(
  tx: Tx,
  input: DraftInput,
  current: { id: number; ref: string; symbol: string | null } | null,
): Promise<{ ok: true; checked: Checked } | { ok: false; fieldErrors: FieldErrors }> {
  const codes = [...new Set([...Object.keys(input.votes), ...input.penholders, ...input.vetoedBy])];
  const newRef = refFor(input, current);
  // One after another: queries inside an interactive transaction share one connection anyway.
  const sitting = input.modality === "WITHOUT_VOTE" ? [] : await sittingMembersOn(tx, input.votedOn);
  const known = await tx.memberState.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const topics = await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { slug: true } });
  const notThis = current ? { NOT: { id: current.id } } : {};
  const clash = await tx.draft.findFirst({
    where: { OR: [{ ref: newRef }, ...(input.symbol ? [{ symbol: input.symbol }] : [])], ...notThis },
    select: { ref: true },
  });
  const resolution =
    input.resolutionNumber === null ? null : await tx.draft.findFirst({ where: { resolutionNumber: input.resolutionNumber, ...notThis }, select: { ref: true } });
  const meeting = input.meetingRecord ? await tx.meeting.findUnique({ where: { record: input.meetingRecord }, select: { date: true } }) : null;
  const knownCodes = new Set(known.map((k) => k.code));
  const { fieldErrors, decision } = assessDraftVotes(input, sitting, (c) => knownCodes.has(c));
  for (const p of input.penholders)
    if (!knownCodes.has(p)) addFieldError(fieldErrors, "penholders", { code: "unknownMember", values: { member: p } });
  const knownTopics = new Set(topics.map((t) => t.slug));
  for (const t of input.topics) if (!knownTopics.has(t)) addFieldError(fieldErrors, "topics", { code: "unknownTopic", values: { topic: t } });
  if (clash) addFieldError(fieldErrors, "symbol", { code: "symbolTaken", values: { ref: clash.ref } });
  if (resolution) addFieldError(fieldErrors, "resolutionNumber", { code: "resolutionTaken", values: { ref: resolution.ref } });
  if (meeting?.date && toIsoDate(meeting.date) !== input.votedOn)
    addFieldError(fieldErrors, "meetingRecord", { code: "meetingDate", values: { date: toIsoDate(meeting.date) } });
  if (input.modality === "WITHOUT_VOTE" && input.procedural) addFieldError(fieldErrors, "procedural", { code: "proceduralWithoutVote" });
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    checked: {
      input,
      sitting,
      outcome: decision?.outcome ?? "ADOPTED",
      vetoedBy: decision?.vetoedBy ?? [],
      tally: decision ? decision.tally : null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

function draftColumns(c: Checked, ref: string, meetingId: number | null, actor: Actor) {
  const { input } = c;
  return {
    ref,
    symbol: input.symbol,
    votedOn: utcDate(input.votedOn),
    year: Number(input.votedOn.slice(0, 4)),
    meetingId,
    title: input.title,
    agendaItem: input.agendaItem,
    procedural: input.procedural,
    modality: input.modality,
    outcome: c.outcome,
    resolutionNumber: input.resolutionNumber,
    yesCount: c.tally?.yes ?? null,
    noCount: c.tally?.no ?? null,
    abstainCount: c.tally?.abstain ?? null,
    nonVotingCount: c.tally?.nonVoting ?? null,
    votesComplete: c.tally !== null,
    updatedBy: actor.email,
    updatedAt: new Date(),
  };
}

async function upsertMeeting(tx: Tx, input: DraftInput): Promise<number | null> {
  if (!input.meetingRecord) return null;
  const meeting = await tx.meeting.upsert({
    where: { record: input.meetingRecord },
    create: { record: input.meetingRecord, date: utcDate(input.votedOn) },
    update: {},
    select: { id: true, date: true },
  });
  if (!meeting.date) await tx.meeting.update({ where: { id: meeting.id }, data: { date: utcDate(input.votedOn) } });
  return meeting.id;
}

/** Replaces the draft's votes, vetoes, topics, penholders and sources with the checked input's. */
async function writeChildren(tx: Tx, draftId: number, c: Checked): Promise<void> {
  const { input } = c;
  await tx.vote.deleteMany({ where: { draftId } });
  await tx.veto.deleteMany({ where: { draftId } });
  await tx.draftTopic.deleteMany({ where: { draftId } });
  await tx.penholder.deleteMany({ where: { draftId } });
  await tx.draftSource.deleteMany({ where: { draftId } });
  const names = new Map(c.sitting.map((s) => [s.code, s.nameAtTime]));
  const votedOn = utcDate(input.votedOn);
  const year = votedOn.getUTCFullYear();
  const topics = [...input.topics];
  if (input.newTopicEn) {
    const slug = slugify(input.newTopicEn);
    await tx.topic.upsert({ where: { slug }, create: { slug, labelEn: input.newTopicEn, labelTh: input.newTopicTh }, update: {} });
    if (!topics.includes(slug)) topics.push(slug);
  }
  const sourceIds: number[] = [];
  for (const s of input.sources) {
    const data = { title: s.title, outlet: s.outlet, url: s.url, language: s.language, text: s.text };
    const row = await tx.source.upsert({ where: { key: s.url }, create: { key: s.url, ...data }, update: data, select: { id: true } });
    if (!sourceIds.includes(row.id)) sourceIds.push(row.id);
  }
  await tx.vote.createMany({
    data: Object.entries(input.votes).map(([memberCode, vote]) => ({ draftId, memberCode, vote, nameAtTime: names.get(memberCode) ?? null })),
  });
  await tx.veto.createMany({ data: c.vetoedBy.map((memberCode) => ({ draftId, memberCode, votedOn, year })) });
  await tx.draftTopic.createMany({ data: topics.map((topicSlug) => ({ draftId, topicSlug })) });
  await tx.penholder.createMany({ data: input.penholders.map((memberCode) => ({ draftId, memberCode })) });
  await tx.draftSource.createMany({ data: sourceIds.map((sourceId) => ({ draftId, sourceId })) });
}

function parse(input: unknown): { ok: true; data: DraftInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = DraftFormSchema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: issuesToFieldErrors(parsed.error.issues) };
}

/**
 * Creates (ref = null) or corrects (ref = the draft's current ref) a draft inside the caller's
 * transaction. Refusals come back as results; unexpected database errors are thrown.
 */
export async function saveDraftInTransaction(tx: Tx, ref: string | null, raw: unknown, actor: Actor, action: AuditAction = ref ? "update" : "create"): Promise<DraftWriteResult> {
  if (!hasRole(actor, "editor")) return FORBIDDEN;
  const parsed = parse(raw);
  if (!parsed.ok) return { ok: false, status: "invalid", fieldErrors: parsed.fieldErrors };
  const input = parsed.data;

  let current: DraftRow | null = null;
  if (ref !== null) {
    current = await findDraft(tx, ref);
    if (!current) return { ok: false, status: "not-found", message: { code: "draftNotFound", values: { ref } } };
    if (input.version === null) return { ok: false, status: "invalid", fieldErrors: { version: [{ code: "invalid" }] } };
    if (input.version !== current.version) return conflictOf(current);
  }

  // A symbol is required, except when correcting an old vote that never had one (its ref stays).
  if (input.symbol === null && (current === null || current.symbol !== null))
    return { ok: false, status: "invalid", fieldErrors: { symbol: [{ code: "required" }] } };

  const check = await checkAgainstDatabase(tx, input, current);
  if (!check.ok) return { ok: false, status: "invalid", fieldErrors: check.fieldErrors };
  const checked = check.checked;
  const newRef = refFor(input, current);
  const meetingId = await upsertMeeting(tx, input);

  let draftId: number;
  if (current) {
    // Optimistic concurrency: the row changes only if nobody saved it since the form was loaded.
    const updated = await tx.draft.updateMany({
      where: { id: current.id, version: current.version },
      data: { ...draftColumns(checked, newRef, meetingId, actor), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const now = await tx.draft.findUnique({ where: { id: current.id }, select: { updatedBy: true, updatedAt: true } });
      throw new Refusal(now ? conflictOf(now) : { ok: false, status: "not-found", message: { code: "draftNotFound", values: { ref: current.ref } } });
    }
    draftId = current.id;
  } else {
    draftId = (await tx.draft.create({ data: draftColumns(checked, newRef, meetingId, actor), select: { id: true } })).id;
  }
  await writeChildren(tx, draftId, checked);
  const after = snapshotOf((await tx.draft.findUniqueOrThrow({ where: { id: draftId }, select: DRAFT_RECORD_SELECT })));
  await writeAudit(tx, {
    actor,
    action,
    entity: "draft",
    key: newRef,
    before: current ? (snapshotOf(current) as unknown as Prisma.InputJsonValue) : null,
    after: after as unknown as Prisma.InputJsonValue,
  });
  return { ok: true, ref: newRef, version: after.version, outcome: checked.outcome, vetoedBy: checked.vetoedBy };
}

/** A unique index beat our pre-check (two saves at once): report it at the field it concerns. */
function uniqueViolation(error: unknown): WriteRefusal | null {
  if (!isUniqueViolation(error)) return null;
  const target = JSON.stringify(error.meta ?? {});
  if (target.includes("resolution_number")) return { ok: false, status: "invalid", fieldErrors: { resolutionNumber: [{ code: "resolutionTaken", values: { ref: "?" } }] } };
  if (target.includes("ref")) return { ok: false, status: "invalid", fieldErrors: { symbol: [{ code: "symbolTaken", values: { ref: "?" } }] } };
  return null;
}

type Saved = Extract<DraftWriteResult, { ok: true }>;

/** One write, then the read summaries (dashboard, veto history) in the same transaction. */
const inTransaction = (work: (tx: Tx) => Promise<DraftWriteResult>) =>
  runWrite<Saved>(
    async (tx) => {
      const result = await work(tx);
      if (result.ok) await refreshSummaries(tx);
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
    if (!current) return { ok: false, status: "not-found", message: { code: "draftNotFound", values: { ref } } };
    const v = typeof version === "string" && /^\d{1,9}$/.test(version) ? Number(version) : typeof version === "number" ? version : null;
    if (v === null) return { ok: false, status: "invalid", fieldErrors: { version: [{ code: "invalid" }] } };
    if (v !== current.version) return conflictOf(current);
    const deleted = await tx.draft.deleteMany({ where: { id: current.id, version: v } });
    if (deleted.count === 0) {
      const now = await tx.draft.findUnique({ where: { id: current.id }, select: { updatedBy: true, updatedAt: true } });
      return now ? conflictOf(now) : { ok: false, status: "not-found", message: { code: "draftNotFound", values: { ref } } };
    }
    await writeAudit(tx, { actor, action: "delete", entity: "draft", key: current.ref, before: snapshotOf(current) as unknown as Prisma.InputJsonValue, after: null });
    return { ok: true, ref: current.ref, version: current.version, outcome: current.outcome, vetoedBy: current.vetoes.map((v) => v.memberCode) };
  });
}
