// The official voting data (import-official.ts) against what the record holds for its resolutions.
// Pure: import-official-db.ts reads the stored side and writes the plan.
import type { VoteCast } from "../council/rules";
import type { Msg } from "../forms/action-state";
import { countVotes, formatTally, type OfficialIssue, type OfficialModality, type OfficialResolution, type ParsedOfficialFile } from "./import-official";

/** What the record holds for one resolution (read by import-official-db.ts). */
export interface StoredResolution {
  ref: string;
  symbol: string | null;
  votedOn: string | null;
  meetingRecord: string | null;
  modality: OfficialModality;
  votes: Record<string, VoteCast>;
  /** The evidence of the data issues recorded for the draft (JSON text): the values it chose against. */
  issueEvidence: string[];
}

export type OfficialFact = "votedOn" | "symbol" | "meetingRecord" | "modality" | "outcome";

export interface OfficialVoteChange {
  ref: string;
  resolution: string;
  line: number;
  member: string;
  stored: VoteCast | null;
  file: VoteCast | null;
}

export interface OfficialFactChange {
  ref: string;
  resolution: string;
  line: number;
  field: OfficialFact;
  stored: string | null;
  file: string | null;
}

export interface OfficialConflict extends Msg {
  ref: string;
  resolution: string;
  line: number;
  /** The file's column concerned, if one. */
  column: string | null;
  /** For a resolution the rules refuse: what the file would have changed ("USA: Y → N; votedOn: …"). */
  changes?: string;
}

/** A resolution to write: new (stored null) or changed, with the values to write. */
export interface OfficialPlanItem {
  resolution: OfficialResolution;
  stored: StoredResolution | null;
  /** What the draft should hold: the file's values, except where the record keeps its own (a documented conflict). */
  target: { votedOn: string; symbol: string | null; meetingRecord: string | null; modality: "RECORDED_VOTE" | "WITHOUT_VOTE"; votes: Record<string, VoteCast> };
  voteChanges: OfficialVoteChange[];
  factChanges: OfficialFactChange[];
}

export interface OfficialDiff {
  items: OfficialPlanItem[];
  unchanged: number;
  conflicts: OfficialConflict[];
  defects: OfficialIssue[];
}

/**
 * The file against the record. A defective resolution is reported, never planned. A stored fact the
 * file contradicts is a change, unless the record documents that very value as rejected (a data
 * issue whose evidence quotes it: 2783's symbol, 2809's date): then it is a conflict and the
 * record's value stays.
 */
export function diffOfficial(parsed: ParsedOfficialFile, stored: ReadonlyMap<string, StoredResolution>, knownMembers: ReadonlySet<string>): OfficialDiff {
  const items: OfficialPlanItem[] = [];
  const conflicts: OfficialConflict[] = [];
  const defects: OfficialIssue[] = [];
  let unchanged = 0;
  for (const r of parsed.resolutions) {
    const s = stored.get(r.key) ?? null;
    const own = [...r.defects];
    for (const [member, line] of Object.entries(r.memberLines))
      if (!knownMembers.has(member)) own.push({ line, column: "ms_code", resolution: r.label, code: "officialUnknownMember", values: { member } });
    if (own.length > 0) {
      // Say whether the record already holds what the file's totals state (2812: it does).
      const storedTally = s && s.modality === "RECORDED_VOTE" ? formatTally(countVotes(s.votes)) : "—";
      defects.push(...own.map((d) => (d.code === "officialTotalsDisagree" ? { ...d, values: { ...d.values, record: storedTally } } : d)));
      continue;
    }
    if (r.modality === "NO_ROLL_CALL") {
      if (s?.modality === "NO_ROLL_CALL") unchanged++;
      else conflicts.push({ ref: s?.ref ?? r.ref, resolution: r.label, line: r.firstLine, column: "ms_vote", code: "officialNoRollCall" });
      continue;
    }
    const modality = r.modality;
    if (!s) {
      items.push({
        resolution: r,
        stored: null,
        target: { votedOn: r.votedOn, symbol: r.symbol, meetingRecord: r.meetingRecord, modality, votes: r.votes },
        voteChanges: [],
        factChanges: [],
      });
      continue;
    }
    const target = { votedOn: s.votedOn ?? r.votedOn, symbol: s.symbol, meetingRecord: s.meetingRecord, modality, votes: r.votes };
    const factChanges: OfficialFactChange[] = [];
    const fact = (field: "votedOn" | "symbol" | "meetingRecord", column: string, file: string | null) => {
      // A blank in the file states nothing: the record's value stays.
      if (file === null || file === s[field]) return;
      if (s[field] !== null && s.issueEvidence.some((e) => e.includes(JSON.stringify(file)))) {
        conflicts.push({ ref: s.ref, resolution: r.label, line: r.firstLine, column, code: "officialDocumented", values: { stored: s[field]!, file } });
        return;
      }
      target[field] = file;
      factChanges.push({ ref: s.ref, resolution: r.label, line: r.firstLine, field, stored: s[field], file });
    };
    fact("votedOn", "date", r.votedOn);
    fact("symbol", "draft", r.symbol);
    fact("meetingRecord", "meeting", r.meetingRecord);
    if (s.modality !== modality)
      factChanges.push({ ref: s.ref, resolution: r.label, line: r.firstLine, field: "modality", stored: s.modality, file: modality });
    const voteChanges: OfficialVoteChange[] = [];
    for (const member of [...new Set([...Object.keys(s.votes), ...Object.keys(r.votes)])].sort()) {
      const [before, after] = [s.votes[member] ?? null, r.votes[member] ?? null];
      if (before !== after)
        voteChanges.push({ ref: s.ref, resolution: r.label, line: r.memberLines[member] ?? r.firstLine, member, stored: before, file: after });
    }
    if (factChanges.length === 0 && voteChanges.length === 0) unchanged++;
    else items.push({ resolution: r, stored: s, target, voteChanges, factChanges });
  }
  return { items, unchanged, conflicts, defects };
}
