// What an import of the official voting data reports: new resolutions, changed votes and facts,
// conflicts with the record, defects in the file (the dry run and the applied import alike).
import type { Outcome } from "../council/rules";
import type { OfficialIssue, OfficialModality, ParsedOfficialFile } from "./import-official";
import type { OfficialConflict, OfficialFactChange, OfficialVoteChange } from "./import-official-diff";

export interface OfficialNew {
  ref: string;
  resolution: string;
  line: number;
  symbol: string | null;
  votedOn: string;
  meetingRecord: string | null;
  modality: OfficialModality;
  outcome: Outcome;
  /** Yes-no-abstain of the grid; null without a vote. */
  tally: string | null;
}

export interface OfficialImportReport {
  format: "official";
  /** The file could be read: applying writes every new and changed resolution (conflicts and defects excepted). */
  ok: boolean;
  applied: boolean;
  fileName: string;
  rows: number;
  resolutions: number;
  /** Resolutions the record already holds as the file states them. */
  unchanged: number;
  created: OfficialNew[];
  /** Refs of the stored drafts corrected (their vote and fact changes are listed below). */
  updated: string[];
  voteChanges: OfficialVoteChange[];
  factChanges: OfficialFactChange[];
  /** Differences that are not written: the record keeps its value, or the Council's rules refuse the file's. */
  conflicts: OfficialConflict[];
  defects: OfficialIssue[];
  notes: OfficialIssue[];
  fileErrors: OfficialIssue[];
}

export function emptyReport(fileName: string, parsed?: ParsedOfficialFile): OfficialImportReport {
  return {
    format: "official",
    ok: false,
    applied: false,
    fileName,
    rows: parsed?.rows ?? 0,
    resolutions: parsed?.resolutions.length ?? 0,
    unchanged: 0,
    created: [],
    updated: [],
    voteChanges: [],
    factChanges: [],
    conflicts: [],
    defects: [],
    notes: parsed?.notes ?? [],
    fileErrors: parsed?.fileErrors ?? [],
  };
}
