// The Library's veto list (one row per vetoed draft, the members casting the negative vote).
import { compact, LETTER, MEETING_RECORD, memberOnDate, readDate, readDraftNames, readMembers } from "./cell-text";
import { cellLines, isDataRow, openTable } from "./grid";
import type { DhlProblem, DhlVetoRow } from "./types";

type VetoColumn = "date" | "draft" | "meeting" | "agenda" | "members";

const VETO_HEADERS: [VetoColumn, RegExp][] = [
  ["members", /negative|permanent|member/i],
  ["date", /^date/i],
  ["draft", /^draft/i],
  ["meeting", /record|meeting/i],
  ["agenda", /agenda|topic|subject/i],
];
const VETO_CONTENT: [VetoColumn, RegExp][] = [
  ["date", /^\d{1,2}(?:\s*[-/+]\s*\d{1,2})?\s+[A-Za-z]{3}[a-z]*\.?\s+\d{2,4}$/],
  ["members", /^(?:USA|UK|France|China|USSR|Russian Federation|United States|United Kingdom)\b/i],
  ["meeting", /^(?:S\s*\/\s*PV|S\s*\/\s*\d{4}\s*\/)/i],
  ["draft", /^S\s*\//i],
];

export function readDhlVetoTable(file: string, html: string): { rows: DhlVetoRow[]; problems: DhlProblem[] } {
  const rows: DhlVetoRow[] = [];
  const problems: DhlProblem[] = [];
  const problem = (row: number, cell: string, value: string, expected: string) => problems.push({ file, row, cell, value, expected });

  const table = openTable(
    html,
    {
      headers: VETO_HEADERS,
      required: ["date", "draft", "members"],
      byContent: VETO_CONTENT,
      longText: "agenda",
      expected: "a table with date, draft, record, agenda item and member columns",
    },
    problem,
  );
  if (!table) return { rows, problems };
  const { $, grid, layout, width } = table;
  const col = layout.columns;

  let n = 0;
  for (const g of grid.slice(layout.firstData)) {
    if (!isDataRow($, g, width)) continue;
    const row = ++n;
    const lines = (c: VetoColumn) => (col[c] === undefined ? [] : cellLines($, g.cells[col[c]!]));
    const text = (c: VetoColumn) => lines(c).join(" ");

    const dateText = text("date");
    const d = readDate(dateText, null);
    if (d.expected) problem(row, "date", dateText, d.expected);

    const draftText = text("draft");
    const names = readDraftNames(draftText);
    if (names.symbol === null && !names.record) problem(row, "draft", draftText, "a draft symbol (S/…) or meeting record");

    const recordText = text("meeting");
    const records = [...recordText.matchAll(MEETING_RECORD)];
    const letters = [...recordText.matchAll(LETTER)].map((m) => compact(m[0]));
    const meeting = records[0] ? `S/PV.${records[0][1]}` : null;
    if (!meeting && letters.length === 0) {
      problem(row, "meeting", recordText, "a meeting record (S/PV.n) or letters (S/yyyy/n)");
    }
    if (new Set(records.map((r) => r[1])).size > 1) problem(row, "meeting", recordText, "one meeting record");

    const memberLines = lines("members");
    const { codes, unknown, misdated } = readMembers(memberLines.join("\n"), d.date);
    for (const u of unknown) problem(row, "members", u, "a permanent member's name");
    for (const u of misdated) problem(row, "members", u, memberOnDate(d.date));
    if (memberLines.length === 0) problem(row, "members", "", "the member(s) casting the negative vote");

    rows.push({
      file,
      row,
      date: d.date,
      draft: names.symbol,
      meeting,
      agenda: text("agenda"),
      members: codes,
      rawMembers: memberLines.join("\n"),
      ...(d.endDate ? { endDate: d.endDate } : {}),
      ...(names.record ? { draftRecord: names.record } : {}),
      ...(/amend/i.test(draftText) ? { amended: true } : {}),
      ...(letters.length > 0 && !meeting ? { letters } : {}),
    });
  }
  return { rows, problems };
}
