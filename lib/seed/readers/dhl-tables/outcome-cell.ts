// An outcome cell read as running text: resolutions, drafts vetoed or not adopted, tallies, and what
// belongs to which.
import { memberOnDate, readDraftNames, readMembers } from "./cell-text";
import type { DhlOutcome } from "./types";

/**
 * What an outcome cell says, found in its running text (line breaks are not reliable separators:
 * "Draft resolution S/9696 and<br>Corr.1 and<br>Corr.2 vetoed by UK and USA", "15-0-0S/PRST/2002/37").
 * A tally or the words "without vote" belong to the resolution or draft just before them.
 */
const ANCHOR = new RegExp(
  [
    String.raw`(?<res>S\s*\/\s*RES\s*\/\s*(?<resNumber>\d+)\s*\(\s*(?<resYear>\d{4})\s*\))`,
    // "vetoed by" takes the names up to the tally, the next symbol or draft, or the end.
    String.raw`(?<verdict>not\s+adopted|vetoed\s+by\s+(?<by>[A-Za-z'.,&\s]+?)` + String.raw`(?=\s*(?:\d|S\s*\/|Draft\b|Power\b|[^A-Za-z'.,&\s]|$)))`,
    // S/PRST/1994/82; before 1994 a statement had a document symbol: "S/11229 (PRST)", "S/PV.1603 (PRST)".
    String.raw`(?<prst>S\s*\/\s*PRST\s*\/\s*\d{4}\s*\/\s*\d+` +
      String.raw`|S\s*\/\s*(?:PV\s*\.\s*)?\d+\s*\(\s*PRST\s*\)(?:\s*and\s+Corr\.\s*\d+)?|\bPRST\b(?:\s+unnumbered)?)`,
    String.raw`(?<tally>(?<![\d/.\-])\d{1,2}\s*-\s*\d{1,2}\s*-\s*\d{1,2}(?![\d\-]))`,
    String.raw`(?<wording>without\s+(?:a\s+)?vote|adopted\s+unanimously|adopted\s+by\s+consensus)`,
  ].join("|"),
  "gi",
);
/** Where a draft's own text starts within the text before its verdict. */
const DRAFT_START = /(?:Power\s+Four\s+)?draft\s+resolutions?|amendments?\b|S\s*\/\s*(?:PV\s*\.\s*)?\d|\(\s*S\s*\//i;
/** Text between outcomes that joins them and says nothing itself. */
const CONNECTOR = /^(?:\s|\+|&|,|;|\band\b|--|–)*$/i;
/** Words that show a text is about a vote, so it must not pass as an "other" outcome unremarked. */
const VOTE_WORDS = /\bvot|\bveto|\badopt|\d+\s*-\s*\d+/i;

type Built = DhlOutcome & { start: number; end: number };
/** An outcome a tally, "without vote" or a note can belong to. */
type VoteItem = Exclude<Built, { kind: "other" }>;

interface CellIssue {
  value: string;
  expected: string;
}

function councilSize(year: number): number {
  return year >= 1966 ? 15 : 11; // enlarged from 11 to 15 members on 1 January 1966
}

export function readOutcomeCell(
  text: string,
  date: string | null,
  year: number | null,
): {
  outcomes: DhlOutcome[];
  issues: CellIssue[];
} {
  const items: Built[] = [];
  const issues: CellIssue[] = [];
  let cursor = 0;
  /** The resolution or draft a following tally / wording / note belongs to. */
  let last: VoteItem | null = null;

  const other = (start: number, end: number) => {
    const raw = text.slice(start, end).trim();
    items.push({ kind: "other", raw, start, end });
    last = null;
    if (VOTE_WORDS.test(raw)) {
      issues.push({ value: raw, expected: "a resolution, a vetoed or not adopted draft, or a tally" });
    }
  };
  /** Text between two anchors: a joiner, a note on the outcome before it, or an outcome of its own. */
  const gap = (start: number, end: number) => {
    const g = text.slice(start, end);
    if (CONNECTOR.test(g)) return;
    const trimmed = g.replace(/^(?:\s|\+|&|,|;|\band\b|--)+|(?:\s|\+|&|,|;|\band\b|--)+$/gi, "");
    const s = start + g.indexOf(trimmed);
    const target: VoteItem | null = last;
    if (target && /^\([^()]*\)$/.test(trimmed)) {
      target.end = s + trimmed.length;
      target.note = trimmed;
      return;
    }
    other(s, s + trimmed.length);
  };

  for (const m of text.matchAll(ANCHOR)) {
    const at = m.index;
    const g = m.groups!;
    const end = at + m[0].length;
    if (g.res !== undefined) {
      gap(cursor, at);
      const item: Built = {
        kind: "resolution",
        number: Number(g.resNumber),
        year: Number(g.resYear),
        tally: null,
        withoutVote: false,
        raw: "",
        start: at,
        end,
      };
      items.push(item);
      last = item;
    } else if (g.verdict !== undefined) {
      const before = text.slice(cursor, at);
      const startIn = before.search(DRAFT_START);
      const draftStart = cursor + (startIn < 0 ? 0 : startIn);
      if (startIn > 0) gap(cursor, draftStart);
      const draftText = text.slice(draftStart, at);
      const names = readDraftNames(draftText);
      const extra = {
        ...(names.record ? { record: names.record } : {}),
        ...(names.otherSymbols.length ? { otherSymbols: names.otherSymbols } : {}),
        ...(/^amendment/i.test(draftText) ? { amendment: true } : /amend/i.test(draftText) ? { amended: true } : {}),
      };
      if (names.symbol === null && !names.record) {
        issues.push({ value: text.slice(draftStart, end).trim(), expected: "a draft symbol (S/…) or meeting record" });
      }
      let item: VoteItem;
      if (g.by !== undefined) {
        const { codes, unknown, misdated } = readMembers(g.by, date);
        for (const u of unknown) issues.push({ value: u, expected: "a permanent member's name (vetoed by …)" });
        for (const u of misdated) issues.push({ value: u, expected: memberOnDate(date) });
        item = { kind: "vetoed", symbol: names.symbol, vetoedBy: codes, tally: null, raw: "", ...extra, start: draftStart, end };
      } else {
        item = { kind: "not-adopted", symbol: names.symbol, tally: null, raw: "", ...extra, start: draftStart, end };
      }
      items.push(item);
      last = item;
    } else if (g.prst !== undefined) {
      gap(cursor, at);
      items.push({ kind: "other", raw: "", start: at, end });
      last = null;
    } else if (g.tally !== undefined) {
      const between = text.slice(cursor, at);
      const [yes, no, abstain] = m[0].split("-").map((n) => Number(n.trim())) as [number, number, number];
      const target: VoteItem | null = last;
      const open = target !== null && target.tally === null && !(target.kind === "resolution" && (target.withoutVote || target.adoptedAs !== undefined));
      if (target && open && /^\s*$/.test(between)) {
        target.tally = { yes, no, abstain };
        target.end = end;
      } else {
        gap(cursor, at);
        items.push({ kind: "other", raw: "", start: at, end });
        last = null;
        issues.push({ value: m[0], expected: "a tally right after the resolution or draft it belongs to" });
      }
    } else if (g.wording !== undefined) {
      const target: VoteItem | null = last;
      const wording = m[0].toLowerCase().replace(/\s+/g, " ");
      const open = target?.kind === "resolution" && target.tally === null && !target.withoutVote && target.adoptedAs === undefined;
      if (target?.kind === "resolution" && open && /^\s*$/.test(text.slice(cursor, at))) {
        if (wording.startsWith("without")) target.withoutVote = true;
        else target.adoptedAs = wording.endsWith("consensus") ? "by consensus" : "unanimously";
        target.end = end;
      } else {
        gap(cursor, at);
        items.push({ kind: "other", raw: "", start: at, end });
        last = null;
        issues.push({ value: m[0], expected: `"${m[0]}" right after the resolution it describes` });
      }
    }
    cursor = end;
  }
  gap(cursor, text.length);

  const outcomes = items.map(({ start, end, ...o }) => ({ ...o, raw: text.slice(start, end).trim() }) as DhlOutcome);
  if (year !== null) for (const o of outcomes) issues.push(...checkOutcome(o, year));
  return { outcomes, issues };
}

/** Tallies that cannot be what the Library meant (they are reported, and kept as stated). */
function checkOutcome(o: DhlOutcome, year: number): CellIssue[] {
  if (o.kind === "other") return [];
  const issues: CellIssue[] = [];
  const size = councilSize(year);
  const majority = size === 15 ? 9 : 7;
  if (o.kind === "resolution" && o.year !== year) {
    issues.push({ value: o.raw, expected: `a resolution of ${year}, the year of the meeting` });
  }
  const t = o.tally;
  if (!t) return issues;
  const tally = `${t.yes}-${t.no}-${t.abstain}`;
  if (t.yes + t.no + t.abstain > size) {
    issues.push({ value: o.raw, expected: `a tally of at most ${size} votes (${tally} has ${t.yes + t.no + t.abstain})` });
  } else if (o.kind === "resolution" && t.yes < majority) {
    issues.push({ value: o.raw, expected: `at least ${majority} votes in favour of an adopted resolution (${tally})` });
  } else if (o.kind === "vetoed" && t.no < o.vetoedBy.length) {
    const by = o.vetoedBy.join(", ");
    issues.push({ value: o.raw, expected: `at least ${o.vetoedBy.length} negative vote(s) for a veto by ${by} (${tally})` });
  } else if (o.kind === "vetoed" && t.yes < majority) {
    // Without the votes to pass, a permanent member's "no" is not a veto (S/10768, 1972: 3-3-9).
    issues.push({ value: o.raw, expected: `at least ${majority} votes in favour for a veto to decide the vote (${tally})` });
  } else if (o.kind === "not-adopted" && t.yes >= majority && t.no === 0) {
    // Enough votes and no negative one: the draft should have passed.
    issues.push({ value: o.raw, expected: `fewer than ${majority} in favour, or a negative vote, for a draft not adopted (${tally})` });
  }
  return issues;
}
