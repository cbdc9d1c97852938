// Council seats derived from the vote records: a state sat on the Council in a year if it appears
// in that year's vote grids (including non-participation rows). One row per state per year.
import { councilSize, isPermanentMember } from "../council/rules";
import { col, parseCsv } from "./csv";
import { IN_YEAR_SUCCESSIONS, type SeedMemberState } from "./reference";
import type { SeedIssue, SeedSeat } from "./types";

export interface MembershipObservation {
  member: string;
  date: string | null;
  year: number;
  name: string;
  file: string;
}

const COUNCIL_FILE = "council-members-2022-2026.csv";

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function mostFrequent(counts: Map<string, number>): string {
  let best = "";
  let n = -1;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return best;
}

export function deriveSeats(input: {
  observations: readonly MembershipObservation[];
  members: readonly SeedMemberState[];
  councilMembersCsv: string;
  firstYear?: number;
  /**
   * A file whose member names are the names of the time (sc-votes-failed-drafts.csv recodes
   * "Ukraine" to "UKRAINIAN SSR" before 1992): its name wins over a differently spelt, more
   * frequent one (the adopted-votes file applies modern names to earlier years).
   */
  preferNamesFrom?: string;
}): { seats: SeedSeat[]; issues: SeedIssue[] } {
  const byCode = new Map(input.members.map((m) => [m.code, m]));
  const years = new Map<number, Map<string, { names: Map<string, number>; files: Map<string, number>; preferred: string | null }>>();
  for (const o of input.observations) {
    let y = years.get(o.year);
    if (!y) years.set(o.year, (y = new Map()));
    let m = y.get(o.member);
    if (!m) y.set(o.member, (m = { names: new Map(), files: new Map(), preferred: null }));
    m.names.set(o.name, (m.names.get(o.name) ?? 0) + 1);
    if (input.preferNamesFrom && o.file === input.preferNamesFrom) m.preferred ??= o.name;
    m.files.set(o.file, (m.files.get(o.file) ?? 0) + 1);
  }

  // The published membership list for 2022-2026, to check the derivation against.
  const listed = new Map<number, Set<string>>();
  for (const row of parseCsv(input.councilMembersCsv, ["year", "member_iso3", "member_name", "permanent"], COUNCIL_FILE)) {
    const year = Number(col(row, "year"));
    if (!listed.has(year)) listed.set(year, new Set());
    listed.get(year)!.add(col(row, "member_iso3"));
  }

  const seats: SeedSeat[] = [];
  const issues: SeedIssue[] = [];
  const allYears = [...years.keys()];
  const first = input.firstYear ?? Math.min(...allYears);
  const last = Math.max(...allYears, ...listed.keys());
  for (let year = first; year <= last; year++) {
    const y = years.get(year) ?? new Map();
    const size = councilSize(`${year}-06-30`);
    const fileTotals = new Map<string, number>();
    for (const m of y.values()) for (const [f, c] of m.files) fileTotals.set(f, (fileTotals.get(f) ?? 0) + c);
    const mainFile = fileTotals.size ? mostFrequent(fileTotals) : COUNCIL_FILE;
    if (y.size === 0) {
      issues.push({
        ref: null,
        year,
        sourceFile: mainFile,
        sourceRow: `year ${year}`,
        kind: "council-year-missing",
        reason: `No vote record of ${year} lists the Council's members, so no seats are derived for that year.`,
        evidence: { year },
      });
      continue;
    }
    const yearSeats = new Map<string, SeedSeat>();
    for (const [code, m] of y) {
      if (!byCode.has(code)) throw new Error(`seat: unknown member code ${code} (${year})`);
      yearSeats.set(code, {
        memberCode: code,
        year,
        permanent: false, // set below, once the start date is known
        nameAtTime: m.preferred && m.preferred.toUpperCase() !== mostFrequent(m.names).toUpperCase() ? m.preferred : mostFrequent(m.names),
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        derivedFrom: `vote records: ${[...m.files.keys()].join(", ")}`,
      });
    }
    const successions = IN_YEAR_SUCCESSIONS.filter((s) => Number(s.date.slice(0, 4)) === year && (yearSeats.has(s.from) || yearSeats.has(s.to)));
    for (const s of successions) {
      const from = yearSeats.get(s.from);
      if (from) from.endsOn = dayBefore(s.date);
      let to = yearSeats.get(s.to);
      if (!to) {
        // The successor cast no recorded vote that year (RUS in late December 1991): the seat
        // still passed to it, as the PermanentSeatHolder rows say.
        to = {
          memberCode: s.to,
          year,
          permanent: false,
          nameAtTime: byCode.get(s.to)?.nameEn ?? s.to,
          startsOn: s.date,
          endsOn: `${year}-12-31`,
          derivedFrom: `succession: ${s.why}`,
        };
        yearSeats.set(s.to, to);
      } else to.startsOn = s.date;
      issues.push({
        ref: null,
        year,
        sourceFile: mainFile,
        sourceRow: `year ${year} ${s.from}->${s.to}`,
        kind: "seat-change-within-year",
        reason: `${year} has ${yearSeats.size} seat rows for ${size} seats: ${s.from} (to ${dayBefore(s.date)}) then ${s.to} (from ${s.date}); ${s.why}.`,
        evidence: {
          [s.from]: from ? { name: from.nameAtTime, files: from.derivedFrom } : null,
          [s.to]: { name: to.nameAtTime, files: to.derivedFrom },
        },
      });
    }
    for (const seat of yearSeats.values()) seat.permanent = isPermanentMember(seat.memberCode, seat.startsOn);
    const distinct = yearSeats.size - successions.length;
    if (distinct !== size) {
      issues.push({
        ref: null,
        year,
        sourceFile: mainFile,
        sourceRow: `year ${year}`,
        kind: distinct < size ? "council-incomplete" : "council-too-many",
        reason: `The ${year} vote records name ${distinct} distinct seat holders; the Council had ${size} seats.`,
        evidence: { members: [...yearSeats.keys()].sort() },
      });
    }
    const list = listed.get(year);
    if (list) {
      const derived = new Set([...yearSeats.keys()].filter((c) => yearSeats.get(c)!.endsOn === `${year}-12-31`));
      const onlyList = [...list].filter((c) => !derived.has(c)).sort();
      const onlyVotes = [...derived].filter((c) => !list.has(c)).sort();
      if (onlyList.length || onlyVotes.length) {
        issues.push({
          ref: null,
          year,
          sourceFile: COUNCIL_FILE,
          sourceRow: `year ${year}`,
          kind: "council-members-disagree",
          reason: `The ${year} membership list and the ${year} vote records disagree.`,
          evidence: { onlyInList: onlyList, onlyInVoteRecords: onlyVotes },
        });
      } else for (const s of yearSeats.values()) s.derivedFrom += `; checked against ${COUNCIL_FILE}`;
    }
    seats.push(...[...yearSeats.values()].sort((a, b) => a.memberCode.localeCompare(b.memberCode)));
  }
  return { seats, issues };
}

/** Members sitting on a given date, from derived seats (for grid completeness checks). */
export function sittingOn(seats: readonly SeedSeat[], date: string): string[] {
  const year = Number(date.slice(0, 4));
  return seats.filter((s) => s.year === year && s.startsOn <= date && s.endsOn >= date).map((s) => s.memberCode);
}

/** sittingOn with the seats indexed by year, for many lookups. */
export function sittingIndex(seats: readonly SeedSeat[]): (date: string) => string[] {
  const byYear = new Map<number, SeedSeat[]>();
  for (const s of seats) byYear.set(s.year, [...(byYear.get(s.year) ?? []), s]);
  const cache = new Map<string, string[]>();
  return (date) => {
    let out = cache.get(date);
    if (!out) {
      out = sittingOn(byYear.get(Number(date.slice(0, 4))) ?? [], date);
      cache.set(date, out);
    }
    return out;
  };
}
