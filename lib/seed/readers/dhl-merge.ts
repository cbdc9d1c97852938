// The UN Library's Meetings & Outcomes tables joined to the record: every vote they list gets its
// meeting record, press release and the tally the Library states; failed drafts that only the
// tables list are added. The tables are the UN's own record, so their tally is the one every grid is
// checked against (lib/seed/stated-tally.ts, checkAgainstStated). They do not add vetoes: the veto totals
// come from the Library's veto list (sc-vetoes.csv and its continuation), and a veto the tables
// give differently is reported, not counted twice.
import { SOURCE_FILES, type HtmlPage } from "../inputs";
import type { DraftBuild, Merger } from "../merger";
import type { DhlOutcome } from "./dhl-meetings";
import { fileSourceKey } from "../sources";
import { resolutionSymbol } from "../symbols";
import { isDhlYearTable, readDhlVetoTable, readDhlYearTable, type DhlMeetingRow, type DhlProblem, type DhlTally } from "./dhl-meetings";

const F = SOURCE_FILES;
const FILE = F.dhlMeetings;

export interface DhlMergeCounts {
  rows: number;
  votes: number;
  matched: number;
  addedFailed: number;
  unmatched: number;
  problems: number;
}

const yearOfFile = (file: string): number | null => Number(/(\d{4})/.exec(file)?.[1] ?? NaN) || null;

export function readDhlMeetingTables(m: Merger, pages: readonly HtmlPage[]): DhlMergeCounts {
  const counts: DhlMergeCounts = { rows: 0, votes: 0, matched: 0, addedFailed: 0, unmatched: 0, problems: 0 };
  // Symbol → refs of whole drafts (a resolution's draft symbol, a failed draft's ref).
  const bySymbol = new Map<string, string[]>();
  const index = (d: DraftBuild) => {
    if (d.objectOfVote !== "DRAFT") return;
    for (const sym of new Set([...d.facts.symbol.values(), ...(d.resolutionNumber === null && !d.ref.includes(":") ? [d.ref] : [])])) {
      const list = bySymbol.get(sym) ?? [];
      if (!list.includes(d.ref)) list.push(d.ref);
      bySymbol.set(sym, list);
    }
  };
  for (const d of m.drafts.values()) index(d);
  const bySymbolOne = (symbol: string | null): DraftBuild | null => {
    const refs = symbol ? (bySymbol.get(symbol) ?? []) : [];
    return refs.length === 1 ? m.drafts.get(refs[0]!)! : null;
  };
  const report = (p: DhlProblem) => {
    counts.problems++;
    m.issue({
      ref: null,
      year: yearOfFile(p.file),
      sourceFile: FILE,
      sourceRow: `${p.file} row ${p.row} ${p.cell}`,
      kind: "unreadable-cell",
      reason: `${p.file}, row ${p.row}, ${p.cell}: "${p.value}" could not be read (expected ${p.expected}); the cell is not used.`,
      evidence: p,
    });
  };
  const attach = (d: DraftBuild, row: DhlMeetingRow, rowId: string, tally: DhlTally | null, noTallyIsGap = true) => {
    m.row(d, FILE, rowId);
    if (!tally && noTallyIsGap)
      m.issue({
        ref: d.ref,
        year: d.year,
        sourceFile: FILE,
        sourceRow: rowId,
        kind: "no-stated-tally",
        reason:
          `The Library's meeting table lists this vote (${row.meeting ?? "no meeting record"}, ${row.date}) ` +
          "without a tally that can be used (none given, or one reported as unreadable).",
        evidence: { meeting: row.meeting, date: row.date },
      });
    if (row.meeting && !row.writtenProcedure) m.fact(d, "meeting", FILE, row.meeting);
    // Votes by written procedure (2020) have no meeting: the letters recording them are the record.
    for (const letter of row.letters) m.linkUrl(d, `https://undocs.org/${letter}`, "letter recording the vote by written procedure", FILE);
    if (!row.meeting && row.letters.length === 0)
      m.issue({
        ref: d.ref,
        year: d.year,
        sourceFile: FILE,
        sourceRow: rowId,
        kind: "no-meeting-record",
        reason: `The Library's meeting table gives no meeting record for this vote (${row.agenda || "no agenda"}, ${row.date}); none is stored.`,
        evidence: { date: row.date, agenda: row.agenda },
      });
    // A date fills a gap only: a meeting that ran past midnight is dated by its start here.
    if (d.facts.votedOn.size === 0) m.fact(d, "votedOn", FILE, row.date);
    if (tally) d.stated.push({ file: FILE, row: rowId, tally: { ...tally, nonVoting: null }, un: true, from: fileSourceKey(FILE) });
    d.agendaItem ??= row.agenda || null;
  };

  for (const page of pages.filter((p) => isDhlYearTable(p.file))) {
    const { rows, problems } = readDhlYearTable(page.file, page.html);
    problems.forEach(report);
    // An outcome whose cell was reported unreadable is used without its tally (an impossible tally, a
    // year misprinted), or not at all when the table lists the vote twice (which row is right is unknown).
    const problemOf = (row: DhlMeetingRow, o: DhlOutcome) =>
      problems.find((p) => p.row === row.row && p.cell === "outcome" && (p.value.includes(o.raw) || o.raw.startsWith(p.value)));
    type VoteOutcome = Exclude<DhlOutcome, { kind: "other" }>;
    const usable = (row: DhlMeetingRow): VoteOutcome[] =>
      row.outcomes.flatMap((o) => {
        if (o.kind === "other") return [];
        const p = problemOf(row, o);
        if (!p) return [o];
        return /one row for this vote/.test(p.expected) ? [] : [{ ...o, tally: null }];
      });
    for (const row of rows) {
      counts.rows++;
      if (row.meeting && row.pressReleases.length) {
        const set = m.pressReleases.get(row.meeting) ?? new Set<string>();
        for (const pr of row.pressReleases) set.add(pr);
        m.pressReleases.set(row.meeting, set);
      }
      const votes = usable(row);
      const byMeeting = matchMeetingVetoes(m, row, votes);
      votes.forEach((o, k) => {
        counts.votes++;
        const rowId = `${page.file} row ${row.row}${votes.length > 1 ? ` #${k + 1}` : ""}`;
        const year = Number(row.date?.slice(0, 4) ?? yearOfFile(page.file));
        if (o.kind === "resolution") {
          // By number: the tables sometimes print the wrong year beside it (S/RES/207 (1964) in 1965).
          const known = m.refForResolution(o.number);
          const ref = known ?? resolutionSymbol(o.number, o.year);
          let d = m.drafts.get(ref);
          if (d && ref !== resolutionSymbol(o.number, o.year))
            m.issue({
              ref,
              year,
              sourceFile: FILE,
              sourceRow: rowId,
              kind: "malformed-value",
              reason:
                `The Library's meeting table writes "${o.raw}" at ${row.meeting ?? "a meeting"} of ${row.date}; ` +
                `resolution ${o.number} is ${ref} in the vote records, which is kept.`,
              evidence: { raw: o.raw, meeting: row.meeting, date: row.date },
            });
          if (!d) {
            d = m.draft(ref, { year, resolutionNumber: o.number });
            d.recordedOutcome.push({ outcome: "ADOPTED", file: FILE, row: rowId });
            m.issue({
              ref,
              year,
              sourceFile: FILE,
              sourceRow: rowId,
              kind: "missing-from-source",
              reason:
                `Resolution ${o.number} (${o.year}) is in the Library's meeting table (${row.meeting ?? "no meeting record"}, ${row.date}) ` +
                "but in no vote file; it is added with the Library's tally and no member votes.",
              evidence: { raw: o.raw, meeting: row.meeting, date: row.date },
            });
          } else counts.matched++;
          attach(d, row, rowId, o.tally, !o.withoutVote);
          if (o.withoutVote) {
            if (d.explicitModality?.modality === "NO_ROLL_CALL" || (!d.explicitModality && d.grids.length === 0))
              d.explicitModality = { modality: "WITHOUT_VOTE", file: FILE, why: "Without vote (the Library's meeting table)" };
            else if (d.explicitModality?.modality !== "WITHOUT_VOTE")
              m.issue({
                ref,
                year,
                sourceFile: FILE,
                sourceRow: rowId,
                kind: "modality-disagrees",
                reason:
                  `The Library's meeting table says resolution ${o.number} (${o.year}) was adopted without a vote; ` +
                  `${[...new Set(d.grids.map((g) => g.file))].join(" and ")} records member votes, which are kept.`,
                evidence: { raw: o.raw, grids: d.grids.map((g) => g.file) },
              });
          }
          return;
        }
        // A draft not adopted: by its symbol, else the draft voted at that meeting or on that day.
        const wanted = o.kind === "vetoed" ? "VETOED" : "FAILED";
        const atMeeting = byMeeting.get(o);
        if (atMeeting) {
          counts.matched++;
          attach(atMeeting.draft, row, rowId, atMeeting.tally, !atMeeting.unassigned);
          if (atMeeting.unassigned)
            m.issue({
              ref: atMeeting.draft.ref,
              year,
              sourceFile: FILE,
              sourceRow: rowId,
              kind: "tally-unassigned",
              reason:
                `The Library's table gives ${atMeeting.unassigned.join(", ")} for the vetoed drafts of ${row.meeting} ` +
                "without saying which is which; no tally is assigned to this one.",
              evidence: { meeting: row.meeting, tallies: atMeeting.unassigned },
            });
          return;
        }
        let d = bySymbolOne(o.symbol);
        if (!d) {
          const sameVote = [...m.drafts.values()].filter(
            (c) =>
              c.resolutionNumber === null &&
              c.objectOfVote === "DRAFT" &&
              !c.rows.has(FILE) &&
              c.recordedOutcome.some((r) => r.outcome === wanted) &&
              ((row.meeting !== null && [...c.facts.meeting.values()].includes(row.meeting)) ||
                (row.date !== null && [...c.facts.votedOn.values()].includes(row.date))) &&
              (o.kind !== "vetoed" || [...new Set(c.declaredVetoes.flatMap((v) => v.members))].sort().join() === [...o.vetoedBy].sort().join()),
          );
          d = sameVote.length === 1 ? sameVote[0]! : null;
        }
        if (d) {
          counts.matched++;
          attach(d, row, rowId, o.tally);
          // "Not adopted" is true of a vetoed draft too; only a veto the other sources do not record is a disagreement.
          if (d.recordedOutcome.length === 0 && wanted === "FAILED") d.recordedOutcome.push({ outcome: "FAILED", file: FILE, row: rowId });
          else if (wanted === "VETOED" && !d.recordedOutcome.some((r) => r.outcome === "VETOED"))
            m.issue({
              ref: d.ref,
              year,
              sourceFile: FILE,
              sourceRow: rowId,
              kind: "outcome-disagrees-with-tables",
              reason:
                `The Library's meeting table says "${o.raw}"; ` +
                `the other sources record ${[...new Set(d.recordedOutcome.map((r) => r.outcome.toLowerCase()))].join(", ") || "no veto"}, which is kept.`,
              evidence: { raw: o.raw, recorded: d.recordedOutcome },
            });
          if (o.kind === "vetoed") {
            const declared = [...new Set(d.declaredVetoes.flatMap((v) => v.members))].sort();
            if (declared.join() !== [...o.vetoedBy].sort().join())
              m.issue({
                ref: d.ref,
                year,
                sourceFile: FILE,
                sourceRow: rowId,
                kind: "veto-disagrees-with-tables",
                reason:
                  `The Library's meeting table names ${o.vetoedBy.join(", ") || "no member"} as vetoing; ` +
                  `the veto list names ${declared.join(", ") || "none"}, which is counted.`,
                evidence: { raw: o.raw, tables: o.vetoedBy, vetoList: declared },
              });
          }
          return;
        }
        if (o.kind === "vetoed") {
          // Vetoes are counted from the veto list; one the list lacks is reported for an editor.
          counts.unmatched++;
          m.issue({
            ref: null,
            year,
            sourceFile: FILE,
            sourceRow: rowId,
            kind: "unmatched-row",
            reason:
              `The Library's meeting table lists "${o.raw}" (${row.meeting ?? "no meeting record"}, ${row.date}), ` +
              "which matches no draft of the veto list; not stored.",
            evidence: { raw: o.raw, meeting: row.meeting, date: row.date, agenda: row.agenda },
          });
          return;
        }
        // A failed draft only the tables list.
        const ref = o.symbol ?? (row.meeting ? m.meetingRef(row.meeting) : `vote:${row.date}:failed`);
        const fresh = !m.drafts.has(ref);
        d = m.draft(ref, { year });
        if (fresh) {
          counts.addedFailed++;
          d.recordedOutcome.push({ outcome: "FAILED", file: FILE, row: rowId });
          m.fact(d, "symbol", FILE, o.symbol);
          index(d);
        }
        attach(d, row, rowId, o.tally);
        m.fact(d, "votedOn", FILE, row.date);
        d.topicTexts.push(row.agenda);
      });
    }
  }

  // The Library's veto list: its meeting record for each veto, and any disagreement on who vetoed.
  for (const page of pages.filter((p) => /veto/.test(p.file))) {
    const { rows, problems } = readDhlVetoTable(page.file, page.html);
    problems.forEach(report);
    const used = new Set<DraftBuild>();
    for (const row of rows) {
      const rowId = `${page.file} row ${row.row}`;
      // Vetoes known by their meeting only: the veto list's draft of that meeting with this agenda, in order.
      const byMeeting =
        row.draft === null && row.meeting
          ? [...m.drafts.values()]
              .filter((c) => c.ref.startsWith(`${row.meeting}:`) && c.declaredVetoes.length > 0 && !used.has(c))
              .sort(
                (a, b) =>
                  Number(b.agendaItem === row.agenda) - Number(a.agendaItem === row.agenda) || Number(a.ref.split(":")[1]) - Number(b.ref.split(":")[1]),
              )[0]
          : undefined;
      const sameDay = [...m.drafts.values()].filter(
        (c) =>
          c.declaredVetoes.length > 0 &&
          row.date !== null &&
          [...c.facts.votedOn.values()].includes(row.date) &&
          (row.meeting === null || [...c.facts.meeting.values()].includes(row.meeting) || c.ref.startsWith(`${row.meeting}:`)),
      );
      const d = byMeeting ?? bySymbolOne(row.draft) ?? (sameDay.length === 1 ? sameDay[0]! : null);
      if (!d) {
        m.issue({
          ref: null,
          year: Number(row.date?.slice(0, 4)) || null,
          sourceFile: FILE,
          sourceRow: rowId,
          kind: "unmatched-row",
          reason:
            `The Library's veto list row (${row.date}, ${row.draft ?? "no draft symbol"}, ${row.meeting ?? "no meeting record"}, ${row.rawMembers}) ` +
            "matches no vetoed draft of the record.",
          evidence: row,
        });
        continue;
      }
      used.add(d);
      m.row(d, FILE, rowId);
      if (row.meeting) m.fact(d, "meeting", FILE, row.meeting);
      const declared = [...new Set(d.declaredVetoes.flatMap((v) => v.members))].sort();
      if (declared.join() !== [...row.members].sort().join())
        m.issue({
          ref: d.ref,
          year: d.year,
          sourceFile: FILE,
          sourceRow: rowId,
          kind: "veto-disagrees-with-tables",
          reason: `The Library's veto list names ${row.rawMembers}; the record counts ${declared.join(", ") || "none"}.`,
          evidence: { tables: row.members, record: declared },
        });
    }
  }
  return counts;
}

const tallyText = (t: DhlTally | null) => (t ? `${t.yes}-${t.no}-${t.abstain}` : "no tally");

/**
 * 1946-48 vetoes known only by their meeting record ("Draft resolution S/PV.57 (Transjordan) vetoed
 * by USSR"): matched to the veto list's drafts of that meeting by the name in brackets, or in order
 * when the Library gives them all the same tally. When the tallies differ and nothing tells the
 * drafts apart, none is assigned (never a guess).
 */
function matchMeetingVetoes(
  m: Merger,
  row: DhlMeetingRow,
  outcomes: readonly DhlOutcome[],
): Map<DhlOutcome, { draft: DraftBuild; tally: DhlTally | null; unassigned?: string[] }> {
  const out = new Map<DhlOutcome, { draft: DraftBuild; tally: DhlTally | null; unassigned?: string[] }>();
  const meetingVetoes = outcomes.filter(
    (o): o is Extract<DhlOutcome, { kind: "vetoed" }> => o.kind === "vetoed" && (o.symbol === null || o.symbol.startsWith("S/PV")),
  );
  if (!row.meeting || meetingVetoes.length === 0) return out;
  const candidates = [...m.drafts.values()]
    .filter((c) => c.ref.startsWith(`${row.meeting}:`) && c.declaredVetoes.length > 0)
    .sort((a, b) => Number(a.ref.split(":")[1]) - Number(b.ref.split(":")[1]));
  const free = new Set(candidates);
  for (const o of meetingVetoes) {
    const name = /\(([^)]+)\)/.exec(o.raw)?.[1]?.trim();
    const named = name ? [...free].filter((c) => (c.agendaItem ?? "").includes(name)) : [];
    if (named.length === 1) {
      out.set(o, { draft: named[0]!, tally: o.tally });
      free.delete(named[0]!);
    }
  }
  const rest = meetingVetoes.filter((o) => !out.has(o));
  const tallies = [...new Set(rest.map((o) => tallyText(o.tally)))];
  // Whole drafts first: the tables say "Draft resolution", the veto list also has preliminary questions.
  const ordered = [...free].sort((a, b) => Number(a.objectOfVote !== "DRAFT") - Number(b.objectOfVote !== "DRAFT"));
  rest.forEach((o, i) => {
    const draft = ordered[i];
    if (!draft) return;
    out.set(o, tallies.length === 1 ? { draft, tally: o.tally } : { draft, tally: null, unassigned: rest.map((x) => tallyText(x.tally)) });
  });
  return out;
}
