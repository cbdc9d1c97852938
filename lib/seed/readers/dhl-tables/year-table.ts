// The year tables (scact1946_table_en.html … scact2022_table_en.html): one row per meeting, each
// with its record, date, press releases, topic and outcomes.
import { compact, LETTER, MEETING_RECORD, readDate } from "./cell-text";
import { cellLines, isDataRow, openTable } from "./grid";
import { readOutcomeCell } from "./outcome-cell";
import type { DhlMeetingRow, DhlOutcome, DhlProblem } from "./types";

const YEAR_FILE = /^scact(\d{4})(?:_covid)?_table_en\.html?$/i;

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** Year tables: scact1946_table_en.html … scact2022_table_en.html and scact2020_covid_table_en.html. */
export function isDhlYearTable(fileName: string): boolean {
  return YEAR_FILE.test(baseName(fileName));
}

type YearColumn = "meeting" | "date" | "press" | "recording" | "agenda" | "procedureLetters" | "outcomeLetters" | "outcome";

const YEAR_HEADERS: [YearColumn, RegExp][] = [
  ["procedureLetters", /letter.*procedure/i],
  ["outcomeLetters", /letter.*outcome/i],
  ["recording", /recording|webcast/i],
  ["meeting", /meeting|record/i],
  ["date", /^date/i],
  ["press", /press/i],
  ["agenda", /topic|agenda|subject/i],
  ["outcome", /outcome|vote|action/i],
];
const YEAR_CONTENT: [YearColumn, RegExp][] = [
  ["meeting", /^(?:S\s*\/\s*PV|--$)/i],
  ["date", /^\d{1,2}(?:\s*[-/+]\s*\d{1,2})?\s+[A-Za-z]{3}/],
  ["press", /^(?:SC\s*\/|None issued)/i],
  ["outcome", /^(?:--$|S\s*\/\s*RES|S\s*\/\s*PRST|Draft resolution|Communiqu)/i],
];

/** Press release cells: "SC/12189", "SC/6303+Corr.1", "SG/2030-SC/6292", "None issued", "--". */
function readPressReleases(text: string): string[] | null {
  const found = [...text.matchAll(/\b([A-Z]{2,3})\s*\/\s*(\d+)((?:\s*\/\s*Rev\.\s*\d+)?)/gi)].map(
    (m) => `${m[1]!.toUpperCase()}/${m[2]}${compact(m[3] ?? "")}`,
  );
  if (found.length > 0) return [...new Set(found)];
  return text === "" || /^(?:--|none issued|none)$/i.test(text) ? [] : null;
}

function readLetters(text: string): string[] | null {
  const found = [...text.matchAll(LETTER)].map((m) => compact(m[0]));
  if (found.length > 0) return found;
  return text === "" || text === "--" ? [] : null;
}

function fileYear(file: string): number | null {
  const m = YEAR_FILE.exec(baseName(file));
  return m ? Number(m[1]) : null;
}

export function readDhlYearTable(file: string, html: string): { rows: DhlMeetingRow[]; problems: DhlProblem[] } {
  const rows: DhlMeetingRow[] = [];
  const problems: DhlProblem[] = [];
  const problem = (row: number, cell: string, value: string, expected: string) => problems.push({ file, row, cell, value, expected });

  const year = fileYear(file);
  if (year === null) problem(0, "file", file, "a file name such as scact1973_table_en.html (it gives the year)");

  const table = openTable(
    html,
    {
      headers: YEAR_HEADERS,
      required: ["date", "outcome"],
      byContent: YEAR_CONTENT,
      longText: "agenda",
      expected: "a table with meeting, date, topic and outcome columns",
    },
    problem,
  );
  if (!table) return { rows, problems };
  const { $, grid, layout, width } = table;
  const col = layout.columns;
  const hasLetters = col.procedureLetters !== undefined || col.outcomeLetters !== undefined;

  let n = 0;
  let previous: DhlMeetingRow | null = null;
  for (const g of grid.slice(layout.firstData)) {
    if (!isDataRow($, g, width)) continue;
    const row = ++n;
    const lines = (c: YearColumn) => (col[c] === undefined ? [] : cellLines($, g.cells[col[c]!]));
    const text = (c: YearColumn) => lines(c).join(" ");
    const present = (c: YearColumn) => col[c] !== undefined && g.cells[col[c]!] !== undefined;

    for (const c of ["meeting", "date", "agenda", "outcome"] as const) {
      if (col[c] !== undefined && !present(c)) {
        problem(row, c, "", `the ${c} cell (the row has ${g.own.length} cells for ${width} columns)`);
      }
    }
    // Cells beyond the header's columns (1964: an extra "--" after the outcome).
    for (const el of g.own) {
      if (g.cells.indexOf(el) >= width) problem(row, "row", cellLines($, el).join(" "), `at most ${width} cells`);
    }

    // Meeting and date; empty meeting and date cells continue the meeting above (1948).
    const meetingText = text("meeting");
    const dateText = text("date");
    const spanned = col.meeting !== undefined && g.spanned[col.meeting] === true;
    const continued = spanned || (previous !== null && meetingText === "" && dateText === "" && present("meeting"));

    let meeting: string | null = null;
    let meetingNote: string | null = null;
    let date: string | null = null;
    let endDate: string | undefined;
    if (continued && !spanned && previous) {
      ({ meeting, meetingNote, date, endDate } = previous);
    } else {
      const records = [...meetingText.matchAll(MEETING_RECORD)];
      if (records.length > 0) {
        const first = records[0]!;
        meeting = `S/PV.${first[1]}`;
        const rest = (meetingText.slice(0, first.index) + meetingText.slice(first.index + first[0].length)).replace(/\s+/g, " ").trim();
        meetingNote = rest === "" ? null : rest;
        const numbers = new Set(records.map((r) => r[1]));
        if (numbers.size > 1) problem(row, "meeting", meetingText, "one meeting record");
      } else if (meetingText !== "--") {
        problem(row, "meeting", meetingText, 'a meeting record (S/PV.n) or "--"');
      }
      const d = readDate(dateText, year);
      date = d.date;
      endDate = d.endDate;
      if (d.expected) problem(row, "date", dateText, d.expected);
    }

    const pressText = text("press");
    let pressReleases: string[] = [];
    if (col.press !== undefined) {
      if (continued && !spanned && pressText === "" && previous) pressReleases = previous.pressReleases;
      else {
        const p = readPressReleases(pressText);
        if (p === null) problem(row, "pressRelease", pressText, 'a press release symbol (SC/n) or "None issued"');
        pressReleases = p ?? [];
      }
    }

    const letterColumn = (c: "procedureLetters" | "outcomeLetters") => {
      if (col[c] === undefined) return [];
      const t = text(c);
      const l = readLetters(t);
      if (l === null) problem(row, c, t, 'letter symbols (S/yyyy/n) or "--"');
      return l ?? [];
    };
    const procedureLetters = letterColumn("procedureLetters");
    const outcomeLetters = letterColumn("outcomeLetters");

    const agendaItems = lines("agenda");
    const agenda = agendaItems.join(" ");
    if (present("agenda") && agenda === "") problem(row, "agenda", "", "the topic of the meeting");

    const outcomeText = text("outcome");
    let outcomes: DhlOutcome[] = [];
    if (outcomeText !== "--" && outcomeText !== "") {
      const dateYear = date ? Number(date.slice(0, 4)) : year;
      const read = readOutcomeCell(outcomeText, date, dateYear);
      outcomes = read.outcomes;
      for (const i of read.issues) problem(row, "outcome", i.value, i.expected);
    } else if (outcomeText === "" && present("outcome")) {
      problem(row, "outcome", "", 'an outcome, or "--" when there was none');
    }

    const out: DhlMeetingRow = {
      file,
      row,
      meeting,
      meetingNote,
      writtenProcedure: hasLetters && meeting === null,
      letters: [...procedureLetters, ...outcomeLetters],
      date,
      pressReleases,
      agenda,
      outcomes,
      agendaItems,
      ...(endDate ? { endDate } : {}),
      ...(continued ? { continued: true } : {}),
      ...(hasLetters ? { procedureLetters, outcomeLetters } : {}),
    };
    rows.push(out);
    previous = out;
  }
  problems.push(...repeatedVotes(file, rows));
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}

/**
 * A resolution or a draft's vote listed in two rows of one table: a repeated row (S/RES/1996 (2011)),
 * a wrong number (S/RES/663 (1990) twice, one of them 666), or a draft copied into another meeting
 * (S/11400, 1974). Both rows are reported: the table does not say which one is right. A draft listed
 * twice with different tallies was put to the vote twice (S/4733/Rev.1, 1961), which is no problem.
 */
function repeatedVotes(file: string, rows: DhlMeetingRow[]): DhlProblem[] {
  const seen = new Map<string, { row: number; tally: string }[]>();
  for (const r of rows) {
    for (const o of r.outcomes) {
      if (o.kind === "other") continue;
      const key = o.kind === "resolution" ? `S/RES/${o.number} (${o.year})` : o.symbol;
      if (key === null) continue;
      const tally = o.tally ? `${o.tally.yes}-${o.tally.no}-${o.tally.abstain}` : "";
      seen.set(key, [...(seen.get(key) ?? []), { row: r.row, tally }]);
    }
  }
  const problems: DhlProblem[] = [];
  for (const [key, at] of seen) {
    if (at.length < 2) continue;
    const tallies = new Set(at.map((a) => a.tally).filter((t) => t !== ""));
    if (!key.startsWith("S/RES/") && tallies.size > 1) continue;
    for (const { row } of at) {
      const others = [...new Set(at.map((a) => a.row).filter((x) => x !== row))].join(", ");
      const expected = `one row for this vote (it is also in row ${others})`;
      problems.push({ file, row, cell: "outcome", value: key, expected });
    }
  }
  return problems;
}
