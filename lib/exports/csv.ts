// RFC 4180 CSV with a header line, for every download the site offers (the lists' exports, the
// veto API, the whole-database export). Cells a spreadsheet would run as formulas (=, +, -, @,
// tab, CR first) are prefixed with ' so that a downloaded file never runs anything.

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  let s = typeof v === "object" ? JSON.stringify(v) : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header and one line per row, in `columns` order; the header alone when there are no rows. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, unknown>[]): string {
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}
