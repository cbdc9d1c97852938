// A table's cells laid out as a grid (rowspans, colspans) and its columns found by their header text
// or, failing that, by what the cells hold.
import { load, type CheerioAPI } from "cheerio";
import type { Element } from "domhandler";

const BREAK = "\u0001";

/** A cell's text split at its line breaks (<br>, `</br>`, paragraphs), each line whitespace-collapsed. */
export function cellLines($: CheerioAPI, el: Element | undefined): string[] {
  if (!el) return [];
  const c = $(el).clone();
  c.find("br").replaceWith(BREAK);
  c.find("p, div, li").prepend(BREAK).append(BREAK);
  return c
    .text()
    .split(BREAK)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}

interface GridRow {
  cells: (Element | undefined)[];
  /** Per column: the cell comes from a rowspan above. */
  spanned: boolean[];
  /** Cells written in this <tr> (not spanned). */
  own: Element[];
}

/** The table's rows with rowspans and colspans laid out, so column n is column n in every row. */
function readGrid($: CheerioAPI, table: Element): GridRow[] {
  const rows: GridRow[] = [];
  let pending: { el: Element; left: number }[] = []; // by column
  const trs = $(table)
    .find("tr")
    .toArray()
    .filter((tr) => $(tr).closest("table").get(0) === table);
  for (const tr of trs) {
    const own = $(tr).children("td, th").toArray();
    const cells: (Element | undefined)[] = [];
    const spanned: boolean[] = [];
    const next: { el: Element; left: number }[] = [];
    let col = 0;
    const takeSpanned = () => {
      for (let p = pending[col]; p && p.left > 0; p = pending[col]) {
        cells[col] = p.el;
        spanned[col] = true;
        if (p.left > 1) next[col] = { el: p.el, left: p.left - 1 };
        col++;
      }
    };
    for (const el of own) {
      takeSpanned();
      const colspan = Math.max(1, Number($(el).attr("colspan")) || 1);
      const rowspan = Math.max(1, Number($(el).attr("rowspan")) || 1);
      for (let k = 0; k < colspan; k++) {
        cells[col] = el;
        spanned[col] = false;
        if (rowspan > 1) next[col] = { el, left: rowspan - 1 };
        col++;
      }
    }
    // Spanned cells after the last written one (only when the <tr> has any cells of its own).
    if (own.length > 0)
      while (col < pending.length)
        if (pending[col]) takeSpanned();
        else col++;
    pending = own.length > 0 ? next : pending;
    rows.push({ cells, spanned, own });
  }
  return rows;
}

interface Layout<R extends string> {
  columns: Partial<Record<R, number>>;
  /** Index in the grid of the first data row. */
  firstData: number;
  byContent: boolean;
}

/** Columns from the header row: the first row whose cells name the required columns. */
function layoutFromHeader<R extends string>($: CheerioAPI, grid: GridRow[], headers: [R, RegExp][], required: R[]): Layout<R> | null {
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i]!;
    const columns: Partial<Record<R, number>> = {};
    row.cells.forEach((el, col) => {
      if (!el || row.spanned[col]) return;
      const text = cellLines($, el).join(" ");
      const role = headers.find(([r, re]) => columns[r] === undefined && re.test(text))?.[0];
      if (role !== undefined) columns[role] = col;
    });
    if (required.every((r) => columns[r] !== undefined)) return { columns, firstData: i + 1, byContent: false };
  }
  return null;
}

/**
 * Columns from what the cells hold, for a table without header text: a column is the meeting
 * column when most of its cells look like meeting records, and so on; the remaining column with the
 * most text is the topic.
 */
function layoutFromContent<R extends string>($: CheerioAPI, grid: GridRow[], byContent: [R, RegExp][], required: R[], longText: R): Layout<R> | null {
  const width = Math.max(0, ...grid.map((r) => r.cells.length));
  const data = grid.filter((r) => r.own.length >= Math.min(3, width));
  if (data.length === 0) return null;
  const text = (r: GridRow, col: number) => cellLines($, r.cells[col]).join(" ");
  const columns: Partial<Record<R, number>> = {};
  const taken = new Set<number>();
  const take = (role: R, col: number) => {
    columns[role] = col;
    taken.add(col);
  };
  for (const [role, re] of byContent) {
    let best = -1;
    let bestShare = 0.5;
    for (let col = 0; col < width; col++) {
      if (taken.has(col)) continue;
      const share = data.filter((r) => re.test(text(r, col))).length / data.length;
      if (share > bestShare) [best, bestShare] = [col, share];
    }
    if (best >= 0) take(role, best);
  }
  let best = -1;
  let bestLength = 0;
  for (let col = 0; col < width; col++) {
    if (taken.has(col)) continue;
    const length = data.reduce((n, r) => n + text(r, col).length, 0);
    if (length > bestLength) [best, bestLength] = [col, length];
  }
  if (best >= 0) take(longText, best);
  return required.every((r) => columns[r] !== undefined) ? { columns, firstData: 0, byContent: true } : null;
}

/** Rows that hold data: not empty, not a note spanning the table ("Document links will work …"). */
export function isDataRow($: CheerioAPI, row: GridRow, width: number): boolean {
  if (row.own.length === 0) return false;
  if (row.own.length === 1 && (Number($(row.own[0]).attr("colspan")) || 1) >= Math.max(2, width - 1)) return false;
  return true;
}

/** The table whose header names the columns, else the largest table, its columns found by content. */
function findTable<R extends string>(
  $: CheerioAPI,
  headers: [R, RegExp][],
  required: R[],
  byContent: [R, RegExp][],
  longText: R,
): { grid: GridRow[]; layout: Layout<R> } | null {
  const grids = $("table")
    .toArray()
    .map((t) => readGrid($, t));
  for (const grid of grids) {
    const layout = layoutFromHeader($, grid, headers, required);
    if (layout) return { grid, layout };
  }
  const largest = grids.reduce<GridRow[] | null>((a, g) => (a === null || g.length > a.length ? g : a), null);
  const layout = largest && layoutFromContent($, largest, byContent, required, longText);
  return largest && layout ? { grid: largest, layout } : null;
}

/**
 * A reader's table: found as findTable finds it, its width the columns it uses. A missing table, or
 * columns found by content for want of a header, is reported.
 */
export function openTable<R extends string>(
  html: string,
  spec: { headers: [R, RegExp][]; required: R[]; byContent: [R, RegExp][]; longText: R; expected: string },
  problem: (row: number, cell: string, value: string, expected: string) => void,
): { $: CheerioAPI; grid: GridRow[]; layout: Layout<R>; width: number } | null {
  const $ = load(html);
  const found = findTable($, spec.headers, spec.required, spec.byContent, spec.longText);
  if (!found) {
    problem(0, "table", "", spec.expected);
    return null;
  }
  const { grid, layout } = found;
  if (layout.byContent) {
    problem(0, "header", "", "a header row naming the columns (columns were found by their content)");
  }
  const width = Math.max(...Object.values(layout.columns).map((c) => (c as number) + 1));
  return { $, grid, layout, width };
}
