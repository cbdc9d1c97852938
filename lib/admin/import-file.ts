// /admin/import takes two CSV formats, told apart by the header: the project's own (one row per
// draft, data/import-sample.README.md) and the UN Library's Security Council Voting Data (one row
// per member per resolution, as published). A header that is neither is refused as such.
import { UNSTORABLE_TEXT, UNSTORABLE_TEXT_CODE } from "../validations/text-input";
import type { Actor } from "./audit";
import { IMPORT_COLUMNS, importDrafts, type ImportReport } from "./import";
import { detectImportFormat, readHeader } from "./import-official";
import { importOfficialData, type OfficialImportReport } from "./import-official-db";
import { emptyReport } from "./import-official-report";

export type CsvImportResult = { format: "project"; report: ImportReport } | { format: "official"; report: OfficialImportReport };

/**
 * The line (1-based) of the first NUL or U+FFFD, or null. Both formats are refused whole for it:
 * PostgreSQL cannot store NUL (22021), and U+FFFD is what bytes that are not UTF-8 become when the
 * upload is decoded (a file saved as Windows-1252 would otherwise be imported with its accents lost).
 */
export function firstUnreadableLine(text: string): number | null {
  const at = text.search(UNSTORABLE_TEXT);
  if (at < 0) return null;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export async function importCsvFile(
  text: string,
  options: {
    actor: Actor;
    apply: boolean;
    fileName?: string;
    timeoutMs?: number;
    /** The official format's size limit (the form's by default). */ maxBytes?: number;
  },
): Promise<CsvImportResult> {
  const detected = detectImportFormat(readHeader(text), IMPORT_COLUMNS);
  const unreadable = firstUnreadableLine(text);
  if (unreadable !== null) {
    const issue = { line: unreadable, column: null, code: UNSTORABLE_TEXT_CODE };
    if (detected.format === "official")
      return { format: "official", report: { ...emptyReport(options.fileName ?? "upload.csv"), fileErrors: [{ ...issue, resolution: null }] } };
    return { format: "project", report: { ok: false, applied: false, rows: [], fileErrors: [issue] } };
  }
  if (detected.format === "official") return { format: "official", report: await importOfficialData(text, options) };
  if (detected.format === "project") return { format: "project", report: await importDrafts(text, options) }; // its own limits (1 MB, 1,000 rows)
  const { line, column, code, values } = detected.error;
  return { format: "project", report: { ok: false, applied: false, rows: [], fileErrors: [{ line, column, code, ...(values ? { values } : {}) }] } };
}
