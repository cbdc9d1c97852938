// Readers for the newer vote files: the 1992-2021 drafts not adopted (UN Digital Library records via
// oliverunv, the tail file's format with dd/mm/yyyy dates) and our compilations of 2026 votes and of
// 2020-2025 amendments and procedural votes (one row per member whose vote is known). Bad input is
// reported (file, row, value, what was expected) and kept as evidence in data_issue; nothing is
// dropped or fixed silently.
import { isCalendarDate, isoDate, isPermanentMember, type Outcome, type VoteCast } from "../../council/rules";
import type { VoteObject } from "../../generated/prisma/enums";
import { col, parseCsv, type CsvRow } from "../csv";
import { SOURCE_FILES, type SourceFileName } from "../inputs";
import { groupBy, num, TAIL_VOTE, VOTE_CAST, type DraftBuild, type Merger } from "../merger";
import { classifyUrl } from "../source-kinds";
import { fileSourceKey, splitUrls } from "../sources";
import { normalizeMeeting, parseResolutionNumber, resolutionSymbol } from "../symbols";
import type { SeedTally, SeedVote } from "../types";

const F = SOURCE_FILES;

/** "27/02/2022" → "2022-02-27", or null when the date does not exist. */
export function isoFromDayMonthYear(raw: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim());
  if (!m) return null;
  return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** A member's vote, or an issue and null when the member or the vote cannot be read. */
function readVote(m: Merger, d: DraftBuild, file: SourceFileName, r: CsvRow, raw: { member: string; vote: string; byName: boolean }): SeedVote | null {
  const vote = raw.byName ? TAIL_VOTE[raw.vote] : VOTE_CAST.has(raw.vote as VoteCast) ? (raw.vote as VoteCast) : undefined;
  const member = raw.byName ? m.memberCodeOrNull(raw.member) : m.knownCode(raw.member);
  if (!vote || !member) {
    m.issue({
      ref: d.ref,
      year: d.year,
      sourceFile: file,
      sourceRow: `line ${r.line}`,
      kind: member ? "malformed-value" : "unknown-member",
      reason: member
        ? `Line ${r.line}: vote "${raw.vote}" is not one of ${raw.byName ? "Yes, No, Abstain" : "Y, N, A, X"}; this member's vote is not stored.`
        : `Line ${r.line}: member "${raw.member}" is not a known member state (data/member-states.csv); this vote is not stored.`,
      evidence: { line: r.line, member: raw.member, vote: raw.vote },
    });
    return null;
  }
  return { member, vote, nameAtTime: raw.byName ? raw.member : null };
}

// ---- sc-votes-not-adopted-1992-2021.csv ---------------------------------------------------------

export function readNotAdopted(m: Merger, text: string): void {
  const file = F.notAdopted;
  const rows = parseCsv(text, ["ID", "Year", "Date", "Resolution", "Draft", "Outcome", "Agenda item", "Vote", "Member State"], file);
  for (const [itemId, group] of groupBy(rows, (r) => col(r, "ID"))) {
    const first = group[0]!;
    const rowId = `ID ${itemId}`;
    const symbol = col(first, "Draft").trim();
    const outcomeText = col(first, "Outcome");
    const year = Number(col(first, "Year"));
    const date = isoFromDayMonthYear(col(first, "Date"));
    if (!symbol) throw new Error(`${file} line ${first.line}: a draft that was not adopted has no symbol`);
    const d = m.draft(symbol, { year });
    m.row(d, file, rowId, `outcome: ${outcomeText}`);
    if (!date)
      m.issue({
        ref: d.ref,
        year,
        sourceFile: file,
        sourceRow: rowId,
        kind: "malformed-value",
        reason: `Line ${first.line}: date "${col(first, "Date")}" is not a day that exists (dd/mm/yyyy expected); the date is taken from the other sources.`,
        evidence: { line: first.line, date: col(first, "Date") },
      });
    m.fact(d, "votedOn", file, date);
    m.fact(d, "symbol", file, symbol);
    d.agendaItem ??= col(first, "Agenda item") || null;
    d.topicTexts.push(col(first, "Agenda item"));
    d.recordedOutcome.push({ outcome: /veto/i.test(outcomeText) ? "VETOED" : "FAILED", file, row: rowId });
    const votes = group.flatMap((r) => {
      const v = readVote(m, d, file, r, { member: col(r, "Member State"), vote: col(r, "Vote"), byName: true });
      if (v && date) m.observe(v.member, date, year, v.nameAtTime ?? v.member, file);
      return v ? [v] : [];
    });
    d.grids.push({ file, row: rowId, votes, partial: votes.length < group.length });
  }
}

// ---- sc-votes-2026.csv and sc-votes-amendments-procedural-2020-2025.csv --------------------------

const COMPILED_COLUMNS = [
  "item",
  "date",
  "meeting",
  "object",
  "resolution",
  "symbol",
  "parent_symbol",
  "outcome",
  "yes",
  "no",
  "abstain",
  "non_voting",
  "vetoed_by",
  "member",
  "vote",
  "derived",
  "title_or_subject",
  "source_url",
  "source2_url",
] as const;

const OUTCOMES: Record<string, { outcome: Outcome; procedural: boolean }> = {
  adopted: { outcome: "ADOPTED", procedural: false },
  failed: { outcome: "FAILED", procedural: false },
  vetoed: { outcome: "VETOED", procedural: false },
  "procedural-adopted": { outcome: "ADOPTED", procedural: true },
  "procedural-failed": { outcome: "FAILED", procedural: true },
};

/**
 * The amendment this item is, when another file already holds it (the vetoed amendments of
 * recent-vetoes.csv): same amended draft, same day, same vetoing members, same stated "yes".
 */
function knownAmendment(m: Merger, parentSymbol: string, date: string, vetoedBy: string[], yes: number | null): DraftBuild | null {
  const matches = [...m.drafts.values()].filter(
    (c) =>
      c.objectOfVote === "AMENDMENT" &&
      c.ref.startsWith(`${parentSymbol}:amendment-`) &&
      [...c.facts.votedOn.values()].includes(date) &&
      [...new Set(c.declaredVetoes.flatMap((v) => v.members))].sort().join() === vetoedBy.join() &&
      (yes === null || c.stated.every((s) => s.tally.yes === null) || c.stated.some((s) => s.tally.yes === yes)),
  );
  return matches.length === 1 ? matches[0]! : null;
}

export function readCompiledVotes(m: Merger, file: typeof F.votes2026 | typeof F.amendments, text: string): void {
  const rows = parseCsv(text, COMPILED_COLUMNS, file);
  const dateOrdinals = new Map<string, number>();
  for (const [item, group] of groupBy(rows, (r) => col(r, "item"))) {
    const first = group[0]!;
    const rowId = `item ${item}`;
    const rawDate = col(first, "date");
    const date = isCalendarDate(rawDate) ? rawDate : null;
    if (!date) throw new Error(`${file} line ${first.line}: date "${rawDate}" does not exist (yyyy-mm-dd expected)`);
    const year = Number(date.slice(0, 4));
    const object = col(first, "object");
    const kind = OUTCOMES[col(first, "outcome")];
    if (!kind) throw new Error(`${file} line ${first.line}: outcome "${col(first, "outcome")}" is not one of ${Object.keys(OUTCOMES).join(", ")}`);
    const meeting = normalizeMeeting(col(first, "meeting"));
    const symbol = col(first, "symbol").trim() || null;
    const parentSymbol = col(first, "parent_symbol").trim() || null;
    const label = col(first, "resolution").trim();
    const vetoedBy = col(first, "vetoed_by")
      .split(";")
      .filter(Boolean)
      .map((c) => m.code(c, file, rowId))
      .sort();
    const tally: SeedTally = {
      yes: num(col(first, "yes")),
      no: num(col(first, "no")),
      abstain: num(col(first, "abstain")),
      nonVoting: num(col(first, "non_voting")),
    };
    const objectOfVote: VoteObject = object === "amendment" ? "AMENDMENT" : object === "procedural" || kind.procedural ? "PROCEDURAL_MOTION" : "DRAFT";
    const noSymbolRef = () => {
      if (meeting.record) return m.meetingRef(meeting.record);
      const k = (dateOrdinals.get(date) ?? 0) + 1;
      dateOrdinals.set(date, k);
      return `vote:${date}:${k}`;
    };

    let d: DraftBuild;
    if (label) {
      const n = parseResolutionNumber(label);
      if (n === null) throw new Error(`${file} line ${first.line}: bad resolution "${label}"`);
      d = m.draft(resolutionSymbol(n, year), { year, resolutionNumber: n });
    } else if (objectOfVote === "AMENDMENT") {
      const known = parentSymbol && vetoedBy.length ? knownAmendment(m, parentSymbol, date, vetoedBy, tally.yes) : null;
      const parentRef = parentSymbol ? m.refForSymbol(parentSymbol) : null;
      d = known ?? m.draft(symbol ?? m.nextAmendmentRef(parentSymbol ?? meeting.record ?? `vote:${date}`), { year, objectOfVote });
      if (!known) d.parentRef ??= parentRef;
      if (parentSymbol && !parentRef)
        m.issue({
          ref: d.ref,
          year,
          sourceFile: file,
          sourceRow: rowId,
          kind: "parent-draft-unknown",
          reason: `The amended draft ${parentSymbol} is not in the record; the amendment is kept without a link to it.`,
          evidence: { parentSymbol },
        });
    } else d = m.draft(symbol && objectOfVote === "DRAFT" ? symbol : noSymbolRef(), { year, objectOfVote });
    d.procedural ||= kind.procedural;
    if (objectOfVote === "PROCEDURAL_MOTION") d.objectOfVote = "PROCEDURAL_MOTION";

    m.row(d, file, rowId);
    m.fact(d, "votedOn", file, date);
    m.fact(d, "symbol", file, objectOfVote === "PROCEDURAL_MOTION" ? null : symbol);
    if (meeting.record) m.fact(d, "meeting", file, meeting.record);
    const subject = col(first, "title_or_subject");
    d.title ??= subject ? subject.charAt(0).toUpperCase() + subject.slice(1) : null;
    d.topicTexts.push(subject);
    d.recordedOutcome.push({ outcome: kind.outcome, file, row: rowId });
    if (vetoedBy.length) d.declaredVetoes.push({ file, row: rowId, members: vetoedBy });

    const urls = [...new Set(group.flatMap((r) => [...splitUrls(col(r, "source_url")), ...splitUrls(col(r, "source2_url"))]))];
    for (const url of urls) m.linkUrl(d, url, `cited by ${file} ${rowId}`, file);
    // The stated tally rests on the UN's record when a UN page is among the item's sources.
    const unPage = urls.find((u) => classifyUrl(u) === "UN_RECORD");
    if (Object.values(tally).some((v) => v !== null)) d.stated.push({ file, row: rowId, tally, un: Boolean(unPage), from: unPage ?? fileSourceKey(file) });

    const votes = group.flatMap((r) => {
      const v = readVote(m, d, file, r, { member: col(r, "member"), vote: col(r, "vote"), byName: false });
      if (!v) return [];
      m.observe(v.member, date, year, m.members.find((x) => x.code === v.member)!.nameEn, file);
      return [{ ...v, derived: col(r, "derived") === "true" }];
    });
    // Only some members are named for several items: their votes are kept, the grid is partial.
    const size = year >= 1966 ? 15 : 11;
    d.grids.push({ file, row: rowId, votes, partial: votes.length < size });
    for (const v of votes)
      if (v.vote === "N" && isPermanentMember(v.member, date) && kind.outcome === "VETOED" && !vetoedBy.includes(v.member))
        m.issue({
          ref: d.ref,
          year,
          sourceFile: file,
          sourceRow: rowId,
          kind: "veto-disagrees-with-grid",
          reason: `${v.member} (permanent) voted against, but the item names ${vetoedBy.join(", ") || "no vetoing member"}.`,
          evidence: { vetoedBy, member: v.member },
        });
  }
}
