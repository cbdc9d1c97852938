// Checking a new or corrected draft against the record, before anything is written: the seats that
// day, the members and topics on file, refs, symbols, resolution numbers and meetings taken.
// Whatever the browser showed is never trusted; the outcome and vetoes come from lib/council/rules.
import type { VoteModality } from "../generated/prisma/enums";
import { toIsoDate, type Outcome } from "../council/rules";
import { sittingAmong, seatsBetween, type Seat, type SittingMember } from "../council/seat-queries";
import { addFieldError, type FieldErrors } from "../forms/action-state";
import { issuesToFieldErrors } from "../forms/zod-errors";
import { assessDraftVotes } from "../validations/draft-assessment";
import { DraftFormSchema, type DraftInput } from "../validations/draft-form";
import type { DraftRecord } from "./draft-snapshot";
import type { Tx } from "./transaction";

export function parseDraftInput(input: unknown): { ok: true; data: DraftInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = DraftFormSchema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: issuesToFieldErrors(parsed.error.issues) };
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
function keepsNoRollCall(input: DraftInput, current: DraftRecord | null): current is DraftRecord {
  return current?.modality === "NO_ROLL_CALL" && input.modality === "RECORDED_VOTE" && Object.keys(input.votes).length === 0 && input.vetoedBy.length === 0;
}

/**
 * A correction that keeps a partial member record as the sources give it (some members' votes
 * only, e.g. a procedural vote reported by name for the members against): the votes unchanged,
 * so the outcome, vetoes and stated counts stay as recorded. Completing the grid makes it a full
 * recorded vote, checked like any other.
 */
function keepsPartialGrid(input: DraftInput, current: DraftRecord | null): current is DraftRecord {
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
export async function loadCheckContext(
  tx: Tx,
  inputs: readonly DraftInput[],
  current: DraftRecord | null,
  givenRefs?: readonly string[],
): Promise<CheckContext> {
  const dates = inputs
    .filter((i) => i.modality !== "WITHOUT_VOTE" && ISO_DATE.test(i.votedOn))
    .map((i) => i.votedOn)
    .sort();
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
  const others = await tx.draft.findMany({
    where: { OR: [{ ref: { in: refs } }, { symbol: { in: symbols } }], ...notThis },
    select: { ref: true, symbol: true },
  });
  const taken =
    numbers.length === 0
      ? []
      : await tx.draft.findMany({ where: { resolutionNumber: { in: numbers }, ...notThis }, select: { ref: true, resolutionNumber: true } });
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

/** What a draft kept as the sources give it (no roll call, a partial grid) keeps from the record. */
function keptAsRecorded(current: DraftRecord, partial: boolean): Pick<Checked, "modality" | "outcome" | "vetoedBy" | "counts"> {
  const { yesCount, noCount, abstainCount, nonVotingCount, votesComplete } = current;
  return {
    modality: partial ? "RECORDED_VOTE" : "NO_ROLL_CALL",
    outcome: current.outcome,
    vetoedBy: current.vetoes.map((v) => v.memberCode),
    counts: { yesCount, noCount, abstainCount, nonVotingCount, votesComplete },
  };
}

/**
 * Every rule a new or corrected draft must keep against the record, in memory. `ref` names the
 * draft otherwise than by its symbol (the official data import keeps a resolution's S/RES ref).
 */
export function checkDraft(
  input: DraftInput,
  current: DraftRecord | null,
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
  // A record kept as the sources give it (no roll call, a partial grid) keeps its outcome, vetoes and counts.
  const decided = noRollCall
    ? keptAsRecorded(current, partial)
    : {
        modality: input.modality,
        outcome: decision?.outcome ?? "ADOPTED",
        vetoedBy: decision?.vetoedBy ?? [],
        counts: countsOf(decision ? decision.tally : null),
      };
  return { ok: true, checked: { input, ref: newRef, sitting, sources, ...decided } };
}

/**
 * Sources with a URL are found by it (on record under any key) or created; a source without one
 * must be one the draft already cites, found by its title, since new evidence needs a link.
 */
function matchSources(input: DraftInput, current: DraftRecord | null, fieldErrors: FieldErrors): Checked["sources"] {
  const onRecord = current?.sources ?? [];
  return input.sources.map((s, i) => {
    if (s.url !== null) return { id: null, url: s.url };
    const kept = onRecord.find((r) => r.source.url === null && r.source.title === s.title);
    if (!kept) addFieldError(fieldErrors, `sources.${i}.url`, { code: "required" });
    return { id: kept?.sourceId ?? 0 };
  });
}
