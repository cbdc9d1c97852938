// Reader for the UN Dag Hammarskjöld Library's "Meetings & Outcomes" tables (data/dhl-meetings/,
// see data/SOURCES.md). Pure: HTML text in, rows and problems out; no database, no file system.
//
// The markup differs from year to year (4, 5 or 7 columns; rowspans; `</br>`; links around
// paragraphs; continuation rows with empty cells), so columns are found by their header text (or,
// failing that, by what the cells hold), and each outcome cell is read as running text rather than by
// its line breaks. Whatever cannot be read is returned as a DhlProblem, never dropped.
//
// The pieces, under dhl-tables/: the result types, the grid and column layout of a table, the text of
// cells (members, dates, symbols), outcome cells, and the readers of the year tables and the veto list.

export type { DhlMeetingRow, DhlOutcome, DhlProblem, DhlTally, DhlVetoRow } from "./dhl-tables/types";
export { isDhlYearTable, readDhlYearTable } from "./dhl-tables/year-table";
export { readDhlVetoTable } from "./dhl-tables/veto-table";
