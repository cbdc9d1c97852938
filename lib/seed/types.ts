// The normalized, in-memory dataset the merge produces and the writer stores. Plain data only, so
// the merge can be unit-tested without a database and reused by a CSV import.
import type { Outcome, VoteCast } from "../council/rules";
import type { TallyCheck, VoteModality, VoteObject } from "../generated/prisma/enums";
import type { SeedMemberState, SeedPermanentSeat, SeedSeatHolder } from "./reference";
import type { SeedSource } from "./sources";
import type { SeedTopic } from "./topics";

export type { SeedMemberState, SeedPermanentSeat, SeedSeatHolder, SeedSource, SeedTopic };

export interface SeedVote {
  member: string;
  vote: VoteCast;
  nameAtTime: string | null;
  /** The only vote the stated tally leaves for this member (not recorded member by member). */
  derived?: boolean;
  /** What a compilation recorded before the vote was read as not participating (X). */
  recordedAs?: VoteCast | null;
}

export interface SeedTally {
  yes: number | null;
  no: number | null;
  abstain: number | null;
  nonVoting: number | null;
}

export interface SeedDraftSource {
  key: string;
  note: string | null;
}

export interface SeedDraft {
  ref: string;
  symbol: string | null;
  votedOn: string | null; // ISO date
  year: number;
  meeting: string | null; // S/PV record
  title: string | null;
  agendaItem: string | null;
  objectOfVote: VoteObject;
  parentRef: string | null;
  procedural: boolean;
  modality: VoteModality;
  outcome: Outcome;
  resolutionNumber: number | null;
  tally: SeedTally;
  /** The tally as the UN states it, and the source key of that statement. */
  stated: { yes: number; no: number; abstain: number; from: string } | null;
  tallyCheck: TallyCheck | null;
  votesDerived: boolean;
  unconfirmed: boolean;
  votesComplete: boolean;
  undlId: string | null;
  votes: SeedVote[];
  vetoes: string[];
  topics: string[];
  penholders: string[];
  sources: SeedDraftSource[];
  flagged: boolean;
}

export interface SeedIssue {
  /** Draft the issue is about (its ref), or null for a year-level issue (council seats). */
  ref: string | null;
  year: number | null;
  sourceFile: string;
  /** Never null: with (sourceFile, kind) it is the natural key that keeps re-seeding idempotent. */
  sourceRow: string;
  kind: string;
  reason: string;
  evidence: unknown;
}

export interface SeedSeat {
  memberCode: string;
  year: number;
  permanent: boolean;
  nameAtTime: string;
  startsOn: string;
  endsOn: string;
  derivedFrom: string;
}

export interface SeedMeeting {
  record: string;
  date: string | null;
  pressRelease: string | null;
}

export interface SeedDataset {
  members: SeedMemberState[];
  permanentSeats: SeedPermanentSeat[];
  seatHolders: SeedSeatHolder[];
  topics: SeedTopic[];
  sources: SeedSource[];
  meetings: SeedMeeting[];
  drafts: SeedDraft[];
  seats: SeedSeat[];
  issues: SeedIssue[];
}
