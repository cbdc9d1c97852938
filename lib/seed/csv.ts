// A small RFC 4180 CSV reader for the seed and the (later) CSV import. Hand-written because the
// seed must be fast (csv-parse takes over a second on the 7 MB adopted-votes file; this takes
// ~100 ms) and every row keeps its line number, so a DataIssue can point at the source row.

export interface CsvRow {
  /** 1-based line number where the row starts (the header is line 1). */
  line: number;
  fields: string[];
  /** Column name → index (shared by all rows of a file). */
  columns: ReadonlyMap<string, number>;
}

/** Splits CSV text into records of fields. Quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsvRecords(text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        let j = i + 1;
        let buf = "";
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new Error(`CSV: unterminated quoted field starting on line ${line}`);
          buf += text.slice(j, q);
          if (text[q + 1] === '"') {
            buf += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        for (const ch of buf) if (ch === "\n") line++;
        value = buf;
        i = j;
        if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") throw new Error(`CSV: unexpected character after a quoted field on line ${line}`);
      } else {
        let j = i;
        while (j < n) {
          const ch = text.charCodeAt(j);
          if (ch === 44 || ch === 10 || ch === 13) break; // , \n \r
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      if (i >= n) break;
      if (text[i] === ",") {
        i++;
        continue;
      }
      // end of record
      if (text[i] === "\r") i++;
      if (text[i] === "\n") i++;
      line++;
      break;
    }
    if (!(fields.length === 1 && fields[0] === "")) out.push({ line: startLine, fields });
  }
  return out;
}

/** Parses CSV text with a header row; checks that the expected columns are present. */
export function parseCsv(text: string, expectedColumns: readonly string[], fileName: string): CsvRow[] {
  const records = parseCsvRecords(text);
  const header = records.shift();
  if (!header) return [];
  const columns = header.fields;
  const missing = expectedColumns.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new Error(`${fileName}: missing column(s) ${missing.join(", ")}`);
  const index = new Map(columns.map((c, k) => [c, k]));
  return records.map((r) => {
    if (r.fields.length !== columns.length) throw new Error(`${fileName} line ${r.line}: ${r.fields.length} fields, expected ${columns.length}`);
    return { line: r.line, fields: r.fields, columns: index };
  });
}

export function col(row: CsvRow, name: string): string {
  const k = row.columns.get(name);
  if (k === undefined) throw new Error(`column ${name} missing`);
  return row.fields[k]!;
}
