// The write path for drafts and their votes: create, correct, delete. Input is untrusted (a form,
// a CSV row, a hand-made request): it is parsed with the shared zod schema, checked against the
// Council sitting that day, and the outcome and vetoes are computed here with lib/council/rules —
// whatever the browser showed is never stored. Each write is one transaction: the draft with its
// votes, vetoes, topics, penholders, sources and an audit entry, or nothing.
import { createHash } from "node:crypto";
import type { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { VoteModality } from "../generated/prisma/enums";
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
import { writeAudit, writeAudits, type Actor, type AuditAction } from "./audit";
import { hasRole } from "../auth/roles";
import { isUniqueViolation, Refusal, runWrite, type Tx } from "./transaction";
import { adjustAgreement, refreshSummaries } from "../db/summaries";


export type DraftWriteResult = { ok: true; ref: string; version: number; outcome: Outcome; vetoedBy: string[] } | WriteRefusal;

const FORBIDDEN = { ok: false, status: "forbidden", message: { code: "roleRequired", values: { role: "editor" } } } as const;

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

type Seat = SittingMember & { startsOn: string; endsOn: string };

/** Seat records overlapping [from, to] (ISO dates), permanent members first, then by name. One query. */
async function seatsBetween(client: Tx | typeof db, from: string, to: string): Promise<Seat[]> {
  const seats = await client.councilSeat.findMany({
    where: { startsOn: { lte: utcDate(to) }, endsOn: { gte: utcDate(from) } },
    select: { memberCode: true, nameAtTime: true, permanent: true, startsOn: true, endsOn: true, member: { select: { nameEn: true, nameTh: true } } },
    orderBy: [{ permanent: "desc" }, { nameAtTime: "asc" }],
  });
  return seats.map((s) => ({
    code: s.memberCode, nameAtTime: s.nameAtTime, nameEn: s.member.nameEn, nameTh: s.member.nameTh, permanent: s.permanent,
    startsOn: toIsoDate(s.startsOn), endsOn: toIsoDate(s.endsOn),
  }));
}

/** The members sitting on a date, from seat records already read. */
function sittingAmong(seats: readonly Seat[], isoDate: string): SittingMember[] {
  return seats.filter((s) => s.startsOn <= isoDate && s.endsOn >= isoDate).map(({ startsOn: _s, endsOn: _e, ...member }) => member);
}

/** The members on the Council on a date, from the seat records (one row per state per year). One query. */
export async function sittingMembersOn(client: Tx | typeof db, isoDate: string): Promise<SittingMember[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(Date.parse(`${isoDate}T00:00:00Z`))) return [];
  return sittingAmong(await seatsBetween(client, isoDate, isoDate), isoDate);
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
  sources: { select: { sourceId: true, source: { select: { url: true, key: true, title: true, outlet: true, language: true, text: true } } }, orderBy: { sourceId: "asc" } },
} satisfies Prisma.DraftSelect;

type DraftRow = Prisma.DraftGetPayload<{ select: typeof DRAFT_RECORD_SELECT }>;
/** A draft as the write path reads it (DRAFT_RECORD_SELECT): what checkDraft compares a correction with. */
export type DraftRecord = DraftRow;

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

/**
 * A symbol and a title are required, except when correcting a draft whose sources never gave one:
 * an editor must be able to save what is on record without inventing it.
 */
export function missingOnRecord(raw: unknown, current: { symbol: string | null; title: string | null } | null): FieldErrors {
  const fields = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const blank = (v: unknown) => typeof v !== "string" || v.trim() === "";
  const missing: FieldErrors = {};
  if (blank(fields.symbol) && (current === null || current.symbol !== null)) addFieldError(missing, "symbol", { code: "required" });
  if (blank(fields.title) && (current === null || current.title !== null)) addFieldError(missing, "title", { code: "required" });
  return missing;
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

export interface Checked {
  input: DraftInput;
  /** The draft's ref after the save: its symbol, or the ref it keeps (refFor). */
  ref: string;
  sitting: SittingMember[];
  modality: VoteModality;
  outcome: Outcome;
  vetoedBy: string[];
  counts: { yesCount: number | null; noCount: number | null; abstainCount: number | null; nonVotingCount: number | null; votesComplete: boolean };
  /** Source ids in input order: a source on record is kept by id, a new one is created from its URL. */
  sources: ({ id: number } | { id: null; url: string })[];
}

const countsOf = (tally: { yes: number; no: number; abstain: number; nonVoting: number } | null): Checked["counts"] => ({
  yesCount: tally?.yes ?? null,
  noCount: tally?.no ?? null,
  abstainCount: tally?.abstain ?? null,
  nonVotingCount: tally?.nonVoting ?? null,
  votesComplete: tally !== null,
});

/**
 * A draft on record as adopted with no roll call (the sources give none) stays so when the editor
 * leaves the vote grid empty: its outcome, vetoes and partial tally are the sources', not ours to
 * recompute. Entering votes turns it into a recorded vote, checked like any other.
 */
function keepsNoRollCall(input: DraftInput, current: DraftRow | null): current is DraftRow {
  return current?.modality === "NO_ROLL_CALL" && input.modality === "RECORDED_VOTE" && Object.keys(input.votes).length === 0 && input.vetoedBy.length === 0;
}

/**
 * A correction that keeps a partial member record as the sources give it (some members' votes
 * only, e.g. a procedural vote reported by name for the members against): the votes unchanged,
 * so the outcome, vetoes and stated counts stay as recorded. Completing the grid makes it a full
 * recorded vote, checked like any other.
 */
function keepsPartialGrid(input: DraftInput, current: DraftRow | null): current is DraftRow {
  if (!current || current.modality !== "RECORDED_VOTE" || current.votesComplete || input.modality !== "RECORDED_VOTE") return false;
  const stored = Object.fromEntries(current.votes.map((v) => [v.memberCode, v.vote]));
  const given = Object.entries(input.votes);
  const sameVotes = given.length === current.votes.length && given.every(([m, v]) => stored[m] === v);
  const vetoes = current.vetoes.map((v) => v.memberCode);
  const sameVetoes = input.vetoedBy.length === 0 || [...input.vetoedBy].sort().join() === vetoes.join();
  return current.votes.length > 0 && sameVotes && sameVetoes;
}

/**
 * What the checks of one draft, or of a whole import file, read from the database: a fixed number
 * of queries however many drafts there are. Then each draft is checked in memory (checkDraft).
 */
export interface CheckContext {
  /** Seat records covering the drafts' dates, permanent members first, then by name. */
  seats: Seat[];
  knownMembers: Set<string>;
  knownTopics: Set<string>;
  /** Other drafts by ref and by symbol, and resolution numbers taken, each → the draft's ref. */
  refs: Map<string, string>;
  symbols: Map<string, string>;
  resolutions: Map<number, string>;
  /** Meeting records on file → their date, if known. */
  meetingDates: Map<string, string | null>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `refs`: the refs the drafts will have, when the caller gives them (checkDraft's `ref` option); by default refFor's. */
export async function loadCheckContext(tx: Tx, inputs: readonly DraftInput[], current: DraftRow | null, givenRefs?: readonly string[]): Promise<CheckContext> {
  const dates = inputs.filter((i) => i.modality !== "WITHOUT_VOTE" && ISO_DATE.test(i.votedOn)).map((i) => i.votedOn).sort();
  const codes = [...new Set(inputs.flatMap((i) => [...Object.keys(i.votes), ...i.penholders, ...i.vetoedBy]))];
  const slugs = [...new Set(inputs.flatMap((i) => i.topics))];
  const refs = [...new Set(givenRefs ?? inputs.map((i) => refFor(i, current)))];
  const symbols = [...new Set(inputs.flatMap((i) => (i.symbol && i.symbol !== current?.symbol ? [i.symbol] : [])))];
  const numbers = [...new Set(inputs.flatMap((i) => (i.resolutionNumber === null ? [] : [i.resolutionNumber])))];
  const records = [...new Set(inputs.flatMap((i) => (i.meetingRecord ? [i.meetingRecord] : [])))];
  const notThis = current ? { NOT: { id: current.id } } : {};
  // One after another: queries inside an interactive transaction share one connection anyway.
  const seats = dates.length === 0 ? [] : await seatsBetween(tx, dates[0]!, dates.at(-1)!);
  const known = await tx.memberState.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const topics = await tx.topic.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  const others = await tx.draft.findMany({ where: { OR: [{ ref: { in: refs } }, { symbol: { in: symbols } }], ...notThis }, select: { ref: true, symbol: true } });
  const taken = numbers.length === 0 ? [] : await tx.draft.findMany({ where: { resolutionNumber: { in: numbers }, ...notThis }, select: { ref: true, resolutionNumber: true } });
  const meetings = records.length === 0 ? [] : await tx.meeting.findMany({ where: { record: { in: records } }, select: { record: true, date: true } });
  return {
    seats,
    knownMembers: new Set(known.map((k) => k.code)),
    knownTopics: new Set(topics.map((t) => t.slug)),
    refs: new Map(others.map((o) => [o.ref, o.ref])),
    symbols: new Map(others.flatMap((o) => (o.symbol ? [[o.symbol, o.ref] as const] : []))),
    resolutions: new Map(taken.map((t) => [t.resolutionNumber!, t.ref])),
    meetingDates: new Map(meetings.map((m) => [m.record, m.date ? toIsoDate(m.date) : null])),
  };
}

/** The draft, once checked, holds its ref, symbol, resolution number and meeting date for the drafts checked after it. */
export function claimInContext(ctx: CheckContext, checked: Checked): void {
  const { input, ref } = checked;
  ctx.refs.set(ref, ref);
  if (input.symbol) ctx.symbols.set(input.symbol, ref);
  if (input.resolutionNumber !== null) ctx.resolutions.set(input.resolutionNumber, ref);
  if (input.meetingRecord && !ctx.meetingDates.get(input.meetingRecord)) ctx.meetingDates.set(input.meetingRecord, input.votedOn);
}

/**
 * Every rule a new or corrected draft must keep against the record, in memory. `ref` names the
 * draft otherwise than by its symbol (the official data import keeps a resolution's S/RES ref).
 */
export function checkDraft(
  input: DraftInput,
  current: DraftRow | null,
  ctx: CheckContext,
  { ref }: { ref?: string } = {},
): { ok: true; checked: Checked } | { ok: false; fieldErrors: FieldErrors } {
  const newRef = ref ?? refFor(input, current);
  const partial = keepsPartialGrid(input, current);
  const noRollCall = keepsNoRollCall(input, current) || partial;
  const sitting = input.modality === "WITHOUT_VOTE" || noRollCall ? [] : sittingAmong(ctx.seats, input.votedOn);
  const known = (c: string) => ctx.knownMembers.has(c);
  const { fieldErrors, decision } = noRollCall ? { fieldErrors: {} as FieldErrors, decision: null } : assessDraftVotes(input, sitting, known);
  const sources = matchSources(input, current, fieldErrors);
  for (const p of input.penholders) if (!known(p)) addFieldError(fieldErrors, "penholders", { code: "unknownMember", values: { member: p } });
  for (const t of input.topics) if (!ctx.knownTopics.has(t)) addFieldError(fieldErrors, "topics", { code: "unknownTopic", values: { topic: t } });
  // Parts of one draft (S/552 and S/552:preliminary-question) share its symbol; a symbol clashes
  // only when the editor gives this draft one another draft already has.
  const clash = ctx.refs.get(newRef) ?? (input.symbol && input.symbol !== current?.symbol ? ctx.symbols.get(input.symbol) : undefined);
  if (clash) addFieldError(fieldErrors, "symbol", { code: "symbolTaken", values: { ref: clash } });
  const resolution = input.resolutionNumber === null ? undefined : ctx.resolutions.get(input.resolutionNumber);
  if (resolution) addFieldError(fieldErrors, "resolutionNumber", { code: "resolutionTaken", values: { ref: resolution } });
  const meetingDate = input.meetingRecord ? ctx.meetingDates.get(input.meetingRecord) : null;
  if (meetingDate && meetingDate !== input.votedOn) addFieldError(fieldErrors, "meetingRecord", { code: "meetingDate", values: { date: meetingDate } });
  if (input.modality === "WITHOUT_VOTE" && input.procedural) addFieldError(fieldErrors, "procedural", { code: "proceduralWithoutVote" });
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  if (noRollCall) {
    const { yesCount, noCount, abstainCount, nonVotingCount, votesComplete } = current;
    return {
      ok: true,
      checked: {
        input, ref: newRef, sitting, sources, modality: partial ? "RECORDED_VOTE" : "NO_ROLL_CALL", outcome: current.outcome,
        vetoedBy: current.vetoes.map((v) => v.memberCode), counts: { yesCount, noCount, abstainCount, nonVotingCount, votesComplete },
      },
    };
  }
  return {
    ok: true,
    checked: {
      input,
      ref: newRef,
      sitting,
      sources,
      modality: input.modality,
      outcome: decision?.outcome ?? "ADOPTED",
      vetoedBy: decision?.vetoedBy ?? [],
      counts: countsOf(decision ? decision.tally : null),
    },
  };
}

/**
 * Sources with a URL are found by it (on record under any key) or created; a source without one
 * must be one the draft already cites, found by its title, since new evidence needs a link.
 */
function matchSources(input: DraftInput, current: DraftRow | null, fieldErrors: FieldErrors): Checked["sources"] {
  const onRecord = current?.sources ?? [];
  return input.sources.map((s, i) => {
    if (s.url !== null) return { id: null, url: s.url };
    const kept = onRecord.find((r) => r.source.url === null && r.source.title === s.title);
    if (!kept) addFieldError(fieldErrors, `sources.${i}.url`, { code: "required" });
    return { id: kept?.sourceId ?? 0 };
  });
}

// ---------------------------------------------------------------------------------------------
// Writing

function draftColumns(c: Checked, meetingId: number | null, actor: Actor) {
  const { input } = c;
  return {
    ref: c.ref,
    symbol: input.symbol,
    votedOn: utcDate(input.votedOn),
    year: Number(input.votedOn.slice(0, 4)),
    meetingId,
    title: input.title,
    agendaItem: input.agendaItem,
    procedural: input.procedural,
    modality: c.modality,
    outcome: c.outcome,
    resolutionNumber: input.resolutionNumber,
    ...c.counts,
    updatedBy: actor.email,
    updatedAt: new Date(),
  };
}

/** The meetings the drafts name, created when new (dated by the vote) → their ids by record. */
async function meetingIds(tx: Tx, inputs: readonly DraftInput[]): Promise<Map<string, number>> {
  const dateOf = new Map<string, string>();
  for (const i of inputs) if (i.meetingRecord && !dateOf.has(i.meetingRecord)) dateOf.set(i.meetingRecord, i.votedOn);
  if (dateOf.size === 0) return new Map();
  const records = [...dateOf.keys()];
  await tx.meeting.createMany({ data: records.map((record) => ({ record, date: utcDate(dateOf.get(record)!) })), skipDuplicates: true });
  const meetings = await tx.meeting.findMany({ where: { record: { in: records } }, select: { id: true, record: true, date: true } });
  // A meeting on file without a date takes the vote's (checkDraft refused one with another date).
  for (const m of meetings) if (!m.date) await tx.meeting.update({ where: { id: m.id }, data: { date: utcDate(dateOf.get(m.record)!) } });
  return new Map(meetings.map((m) => [m.record, m.id]));
}

type SourceData = { title: string; outlet: string | null; language: string; text: string | null };
const sameSource = (a: SourceData, b: SourceData) => a.title === b.title && a.outlet === b.outlet && a.language === b.language && a.text === b.text;

/** Each draft's source ids, in its input order: kept by id, found by URL under any key, or created. */
async function sourceIds(tx: Tx, items: readonly { c: Checked }[]): Promise<number[][]> {
  const urls = [...new Set(items.flatMap(({ c }) => c.sources.flatMap((m) => (m.id === null ? [m.url] : []))))];
  const kept = [...new Set(items.flatMap(({ c }) => c.sources.flatMap((m) => (m.id === null ? [] : [m.id]))))];
  const select = { id: true, url: true, title: true, outlet: true, language: true, text: true } as const;
  // The seed keys its files' sources by file name; the oldest source with a URL is the one to cite.
  const stored = await tx.source.findMany({ where: { OR: [{ url: { in: urls } }, { id: { in: kept } }] }, orderBy: { id: "asc" }, select });
  const byUrl = new Map<string, number>();
  for (const r of stored) if (r.url && !byUrl.has(r.url)) byUrl.set(r.url, r.id);
  const dataOf = new Map<number, SourceData>(stored.map((r) => [r.id, r]));
  const firstUse = new Map<string, SourceData>();
  for (const { c } of items) for (const [i, m] of c.sources.entries()) if (m.id === null && !byUrl.has(m.url) && !firstUse.has(m.url)) firstUse.set(m.url, sourceData(c.input.sources[i]!));
  if (firstUse.size > 0) {
    const created = await tx.source.createManyAndReturn({ data: [...firstUse].map(([url, d]) => ({ key: url, url, ...d })), select });
    for (const r of created) {
      byUrl.set(r.url!, r.id);
      dataOf.set(r.id, r);
    }
  }
  const ids = items.map(({ c }) => c.sources.map((m) => (m.id === null ? byUrl.get(m.url)! : m.id)));
  // A source's title, outlet or text corrected in the form is corrected wherever it is cited.
  for (const [n, { c }] of items.entries())
    for (const [i, id] of ids[n]!.entries()) {
      const data = sourceData(c.input.sources[i]!);
      if (!sameSource(dataOf.get(id)!, data)) {
        await tx.source.update({ where: { id }, data });
        dataOf.set(id, data);
      }
    }
  return ids.map((list) => [...new Set(list)]);
}

function sourceData(s: DraftInput["sources"][number]): SourceData {
  return { title: s.title, outlet: s.outlet, language: s.language, text: s.text };
}

/**
 * Writes the drafts' votes, vetoes, topics, penholders and source links (replacing what a
 * corrected draft had): a fixed number of statements for one draft or a thousand.
 */
async function writeChildren(tx: Tx, items: readonly { draftId: number; c: Checked }[], replace: boolean): Promise<void> {
  await writeVotes(tx, items, replace);
  await writeLinks(tx, items, replace);
}

/** The votes (and the agreement summary they feed) and the vetoes, replacing a corrected draft's. */
async function writeVotes(tx: Tx, items: readonly { draftId: number; c: Checked }[], replace: boolean): Promise<void> {
  const ids = items.map((i) => i.draftId);
  // How each kept vote was known (derived from the tally, read as not participating) survives a
  // correction that does not change it.
  const oldVotes = replace
    ? new Map((await tx.vote.findMany({ where: { draftId: { in: ids } }, select: { draftId: true, memberCode: true, vote: true, derived: true, recordedAs: true } })).map((v) => [`${v.draftId}:${v.memberCode}`, v]))
    : new Map<string, { vote: VoteCast; derived: boolean; recordedAs: VoteCast | null }>();
  if (replace) {
    await adjustAgreement(tx, ids, -1); // the old votes' member pairs leave the agreement summary
    await tx.vote.deleteMany({ where: { draftId: { in: ids } } });
    await tx.veto.deleteMany({ where: { draftId: { in: ids } } });
  }
  await tx.vote.createMany({
    data: items.flatMap(({ draftId, c }) => {
      const names = new Map(c.sitting.map((s) => [s.code, s.nameAtTime]));
      return Object.entries(c.input.votes).map(([memberCode, vote]) => {
        const old = oldVotes.get(`${draftId}:${memberCode}`);
        const kept = old?.vote === vote;
        return { draftId, memberCode, vote, nameAtTime: names.get(memberCode) ?? null, derived: kept ? old.derived : false, recordedAs: kept ? old.recordedAs : null };
      });
    }),
  });
  await adjustAgreement(tx, ids, 1);
  await tx.veto.createMany({
    data: items.flatMap(({ draftId, c }) => {
      const votedOn = utcDate(c.input.votedOn);
      return c.vetoedBy.map((memberCode) => ({ draftId, memberCode, votedOn, year: votedOn.getUTCFullYear() }));
    }),
  });
  // The check against the UN's stated tally follows the votes an editor saves.
  await tx.$executeRaw`
    UPDATE "draft" d SET
      "votes_derived" = EXISTS (SELECT 1 FROM "vote" v WHERE v."draft_id" = d."id" AND v."derived"),
      "tally_check" = CASE
        WHEN d."stated_yes" IS NULL OR NOT d."votes_complete" THEN NULL
        WHEN d."yes_count" = d."stated_yes" AND d."no_count" = d."stated_no" AND d."abstain_count" = d."stated_abstain" THEN
          CASE WHEN EXISTS (SELECT 1 FROM "vote" v WHERE v."draft_id" = d."id" AND v."recorded_as" IS NOT NULL)
               THEN 'NON_PARTICIPATION'::"TallyCheck" ELSE 'AGREES'::"TallyCheck" END
        ELSE 'DISAGREES'::"TallyCheck" END
    WHERE d."id" = ANY(${ids}::int[])`;
}

/** Topics (creating a new one named in the form), penholders and source links. */
async function writeLinks(tx: Tx, items: readonly { draftId: number; c: Checked }[], replace: boolean): Promise<void> {
  const ids = items.map((i) => i.draftId);
  // A kept source link keeps its working note.
  const oldNotes = replace
    ? new Map((await tx.draftSource.findMany({ where: { draftId: { in: ids }, note: { not: null } }, select: { draftId: true, sourceId: true, note: true } })).map((l) => [`${l.draftId}:${l.sourceId}`, l.note]))
    : new Map<string, string | null>();
  if (replace) {
    await tx.draftTopic.deleteMany({ where: { draftId: { in: ids } } });
    await tx.penholder.deleteMany({ where: { draftId: { in: ids } } });
    await tx.draftSource.deleteMany({ where: { draftId: { in: ids } } });
  }
  const topicsOf = items.map(({ c }) => [...c.input.topics]);
  for (const [n, { c }] of items.entries()) {
    const { newTopicEn, newTopicTh } = c.input;
    if (!newTopicEn) continue;
    const slug = slugify(newTopicEn);
    await tx.topic.upsert({ where: { slug }, create: { slug, labelEn: newTopicEn, labelTh: newTopicTh }, update: {} });
    if (!topicsOf[n]!.includes(slug)) topicsOf[n]!.push(slug);
  }
  const sources = await sourceIds(tx, items);
  await tx.draftTopic.createMany({ data: items.flatMap(({ draftId }, n) => topicsOf[n]!.map((topicSlug) => ({ draftId, topicSlug }))) });
  await tx.penholder.createMany({ data: items.flatMap(({ draftId, c }) => c.input.penholders.map((memberCode) => ({ draftId, memberCode }))) });
  await tx.draftSource.createMany({
    data: items.flatMap(({ draftId }, n) => sources[n]!.map((sourceId) => ({ draftId, sourceId, note: oldNotes.get(`${draftId}:${sourceId}`) ?? null }))),
  });
}

/** Columns an import sets beside the checked ones (the official data's stated tally, its record id). */
export type ExtraDraftColumns = Pick<
  Prisma.DraftUncheckedCreateInput,
  "statedYes" | "statedNo" | "statedAbstain" | "statedTallyFrom" | "tallyCheck" | "votesDerived" | "unconfirmed" | "undlId"
>;

/**
 * Creates checked new drafts in one go (the CSV import): their rows, children and one audit entry
 * each, in about twenty statements whatever their number. Returns their refs in input order.
 */
export async function createCheckedDrafts(
  tx: Tx,
  drafts: readonly Checked[],
  actor: Actor,
  action: AuditAction,
  extra: (c: Checked) => ExtraDraftColumns = () => ({}),
): Promise<string[]> {
  if (drafts.length === 0) return [];
  const meetings = await meetingIds(tx, drafts.map((c) => c.input));
  const rows = await tx.draft.createManyAndReturn({
    data: drafts.map((c) => ({ ...draftColumns(c, c.input.meetingRecord ? meetings.get(c.input.meetingRecord)! : null, actor), ...extra(c) })),
    select: { id: true, ref: true },
  });
  const idOf = new Map(rows.map((r) => [r.ref, r.id]));
  await writeChildren(tx, drafts.map((c) => ({ draftId: idOf.get(c.ref)!, c })), false);
  const after = await tx.draft.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: DRAFT_RECORD_SELECT });
  await writeAudits(tx, after.map((d) => ({ actor, action, entity: "draft" as const, key: d.ref, before: null, after: snapshotOf(d) as unknown as Prisma.InputJsonValue })));
  return drafts.map((c) => c.ref);
}

/**
 * Corrects checked drafts in one go (the official data import): each row if nobody saved it since
 * it was read (else a Refusal is thrown and the caller's transaction rolls back), then their votes
 * and vetoes in a fixed number of statements, and one audit entry each. Topics, penholders and
 * source links are the record's and stay as they are.
 */
export async function updateCheckedDrafts(
  tx: Tx,
  items: readonly { current: DraftRow; checked: Checked }[],
  actor: Actor,
  action: AuditAction,
  extra: (c: Checked) => ExtraDraftColumns = () => ({}),
): Promise<string[]> {
  if (items.length === 0) return [];
  const meetings = await meetingIds(tx, items.map((i) => i.checked.input));
  for (const { current, checked } of items) {
    const meetingId = checked.input.meetingRecord ? meetings.get(checked.input.meetingRecord)! : null;
    const updated = await tx.draft.updateMany({
      where: { id: current.id, version: current.version },
      data: { ...draftColumns(checked, meetingId, actor), ...extra(checked), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const now = await tx.draft.findUnique({ where: { id: current.id }, select: { updatedBy: true, updatedAt: true } });
      throw new Refusal(now ? conflictOf(now) : { ok: false, status: "not-found", message: { code: "draftNotFound", values: { ref: current.ref } } });
    }
  }
  await writeVotes(tx, items.map(({ current, checked }) => ({ draftId: current.id, c: checked })), true);
  const before = new Map(items.map(({ current }) => [current.id, current]));
  const after = await tx.draft.findMany({ where: { id: { in: [...before.keys()] } }, select: DRAFT_RECORD_SELECT });
  await writeAudits(
    tx,
    after.map((d) => ({
      actor, action, entity: "draft" as const, key: d.ref,
      before: snapshotOf(before.get(d.id)!) as unknown as Prisma.InputJsonValue,
      after: snapshotOf(d) as unknown as Prisma.InputJsonValue,
    })),
  );
  return items.map((i) => i.checked.ref);
}

export function parseDraftInput(input: unknown): { ok: true; data: DraftInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = DraftFormSchema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: issuesToFieldErrors(parsed.error.issues) };
}

/**
 * Creates (ref = null) or corrects (ref = the draft's current ref) a draft inside the caller's
 * transaction. Refusals come back as results; unexpected database errors are thrown.
 */
export async function saveDraftInTransaction(tx: Tx, ref: string | null, raw: unknown, actor: Actor, action: AuditAction = ref ? "update" : "create"): Promise<DraftWriteResult> {
  if (!hasRole(actor, "editor")) return FORBIDDEN;
  const current = ref === null ? null : await findDraft(tx, ref);
  if (ref !== null && !current) return { ok: false, status: "not-found", message: { code: "draftNotFound", values: { ref } } };
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
  const newRef = checked.ref;
  const meetingId = input.meetingRecord ? (await meetingIds(tx, [input])).get(input.meetingRecord)! : null;

  let draftId: number;
  if (current) {
    // Optimistic concurrency: the row changes only if nobody saved it since the form was loaded.
    const updated = await tx.draft.updateMany({
      where: { id: current.id, version: current.version },
      data: { ...draftColumns(checked, meetingId, actor), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const now = await tx.draft.findUnique({ where: { id: current.id }, select: { updatedBy: true, updatedAt: true } });
      throw new Refusal(now ? conflictOf(now) : { ok: false, status: "not-found", message: { code: "draftNotFound", values: { ref: current.ref } } });
    }
    draftId = current.id;
  } else {
    draftId = (await tx.draft.create({ data: draftColumns(checked, meetingId, actor), select: { id: true } })).id;
  }
  await writeChildren(tx, [{ draftId, c: checked }], current !== null);
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
    await adjustAgreement(tx, [current.id], -1);
    const deleted = await tx.draft.deleteMany({ where: { id: current.id, version: v } });
    if (deleted.count === 0) {
      const now = await tx.draft.findUnique({ where: { id: current.id }, select: { updatedBy: true, updatedAt: true } });
      return now ? conflictOf(now) : { ok: false, status: "not-found", message: { code: "draftNotFound", values: { ref } } };
    }
    await writeAudit(tx, { actor, action: "delete", entity: "draft", key: current.ref, before: snapshotOf(current) as unknown as Prisma.InputJsonValue, after: null });
    return { ok: true, ref: current.ref, version: current.version, outcome: current.outcome, vetoedBy: current.vetoes.map((v) => v.memberCode) };
  });
}
