// A draft as the write path reads it, and the snapshot the audit keeps of it before and after a change.
import { createHash } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { toIsoDate, type Outcome, type VoteCast } from "../council/rules";
import type { Tx } from "./transaction";
import { UNSTORABLE_TEXT } from "../validations/text-input";

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
  sources: {
    select: { sourceId: true, source: { select: { url: true, key: true, title: true, outlet: true, language: true, text: true } } },
    orderBy: { sourceId: "asc" },
  },
} satisfies Prisma.DraftSelect;

/** A draft as the write path reads it (DRAFT_RECORD_SELECT): what checkDraft compares a correction with. */
export type DraftRecord = Prisma.DraftGetPayload<{ select: typeof DRAFT_RECORD_SELECT }>;

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

export function snapshotOf(d: DraftRecord): DraftSnapshot {
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

export async function findDraft(tx: Tx, ref: string): Promise<DraftRecord | null> {
  if (UNSTORABLE_TEXT.test(ref)) return null; // no ref holds it, and PostgreSQL refuses NUL (22021)
  return tx.draft.findUnique({ where: { ref }, select: DRAFT_RECORD_SELECT });
}
