// What the reader of the UN Library's Meetings & Outcomes tables returns (lib/seed/readers/dhl-meetings.ts).

/** Yes-no-abstain as the Library states it (a member not participating is in none of the three). */
export interface DhlTally {
  yes: number;
  no: number;
  abstain: number;
}

/** What an outcome cell says of a draft that was vetoed or not adopted. */
interface DhlDraftOutcome {
  symbol: string | null;
  tally: DhlTally | null;
  raw: string;
  /** The meeting record the Library names instead of a symbol (early drafts had none): "S/PV.57". */
  record?: string;
  /** Further drafts named in the same outcome ("S/1076 and S/1077 not adopted"). */
  otherSymbols?: string[];
  /** The draft was put to the vote as amended ("(as amended)", "incorporating amendment …"). */
  amended?: boolean;
  /** The vote was on an amendment ("Amendment S/… not adopted"), not on a draft resolution. */
  amendment?: boolean;
  /** A parenthesized remark after the tally. */
  note?: string;
}

export type DhlOutcome =
  | {
      kind: "resolution";
      number: number;
      year: number;
      tally: DhlTally | null;
      withoutVote: boolean;
      raw: string;
      /** The Library's wording when it gives no tally: "adopted unanimously" / "adopted by consensus". */
      adoptedAs?: "unanimously" | "by consensus";
      /** A parenthesized remark after the tally, e.g. "(1 absent)". */
      note?: string;
    }
  | ({
      kind: "vetoed";
      /** Member codes: USA, GBR, FRA, CHN, SUN, RUS. */
      vetoedBy: string[];
    } & DhlDraftOutcome)
  | ({ kind: "not-adopted" } & DhlDraftOutcome)
  | { kind: "other"; raw: string };

export interface DhlMeetingRow {
  /** File name, e.g. "scact1973_table_en.html". */
  file: string;
  /** 1-based index of the data row within the file (stable: used as the evidence row id). */
  row: number;
  /** "S/PV.1760" (no "(OR)", no spaces); null if the cell has none. */
  meeting: string | null;
  /** What the meeting cell says besides the record: "(Resumption 1)", "(closed)", "+Corr.1". */
  meetingNote: string | null;
  /** A decision taken without a meeting (2020–2021 tables with letter columns, no S/PV record). */
  writtenProcedure: boolean;
  /** Letter symbols (S/2020/…) in the letter columns, procedure letter first; [] elsewhere. */
  letters: string[];
  /** ISO yyyy-mm-dd; the year is the file's unless the cell gives one. First day of "14-15 October". */
  date: string | null;
  /** ["SC/12189"], upper case; [] when none. */
  pressReleases: string[];
  /** The topic cell's text, whitespace collapsed. */
  agenda: string;
  /** One per outcome in the cell, in order; [] for "--". */
  outcomes: DhlOutcome[];
  /** The topic cell split at its line breaks (a cell may list several agenda items). */
  agendaItems?: string[];
  /** Last day when the date cell spans days ("14-15 October", "22/23 November"). */
  endDate?: string;
  /** The row shares the meeting of the row above (a rowspan, or empty meeting and date cells). */
  continued?: boolean;
  /** "Letter with Vote Procedure / Briefings" column. */
  procedureLetters?: string[];
  /** "Letter with Vote Outcome" column. */
  outcomeLetters?: string[];
}

export interface DhlProblem {
  file: string;
  /** Data row (as in DhlMeetingRow.row / DhlVetoRow.row); 0 for the file as a whole. */
  row: number;
  cell: string;
  value: string;
  expected: string;
}

export interface DhlVetoRow {
  file: string;
  row: number;
  date: string | null;
  /** Draft symbol, "and Corr.1" and "(as amended)" left out; null when the Library names a record. */
  draft: string | null;
  meeting: string | null;
  agenda: string;
  /** Member codes, in the Library's order. */
  members: string[];
  /** The members cell as written, one line per line break. */
  rawMembers: string;
  endDate?: string;
  /** The meeting record named in the draft column for drafts without a symbol ("S/PV.45"). */
  draftRecord?: string;
  amended?: boolean;
  /** Letters in the written-record column (2020 written procedure) instead of a meeting record. */
  letters?: string[];
}
