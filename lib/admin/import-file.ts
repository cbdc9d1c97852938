// /admin/import takes two CSV formats, told apart by the header: the project's own (one row per
// draft, data/import-sample.README.md) and the UN Library's Security Council Voting Data (one row
// per member per resolution, as published). A header that is neither is refused as such.
import type { Actor } from "./audit";
import { IMPORT_COLUMNS, importDrafts, type ImportReport } from "./import";
import { detectImportFormat, readHeader } from "./import-official";
import { importOfficialData, type OfficialImportReport } from "./import-official-db";

export type CsvImportResult = { format: "project"; report: ImportReport } | { format: "official"; report: OfficialImportReport };

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
  if (detected.format === "official") return { format: "official", report: await importOfficialData(text, options) };
  if (detected.format === "project") return { format: "project", report: await importDrafts(text, options) }; // its own limits (1 MB, 1,000 rows)
  const { line, column, code, values } = detected.error;
  return { format: "project", report: { ok: false, applied: false, rows: [], fileErrors: [{ line, column, code, ...(values ? { values } : {}) }] } };
}
