// CSV import of drafts and their votes (/admin/import; columns in data/import-sample.README.md).
// Each row goes through the same schema, Council checks and write function as the form, inside
// ONE transaction. A dry run reports every row and rolls back; applying commits only when every
// row is valid — all or nothing.
import { parse } from "csv-parse/sync";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { hasRole } from "../auth/roles";
import { EMPTY_DRAFT_VALUES, type DraftFormValues } from "../validations/draft-form";
import type { FieldErrors, Msg } from "../forms/action-state";
import { writeAudit, type Actor } from "./audit";
import { checkDraft, claimInContext, loadCheckContext, missingOnRecord, parseDraftInput, type Checked } from "./draft-check";
import { createCheckedDrafts } from "./draft-write";
import { isTransactionTimeout, isUniqueViolation, type Tx } from "./transaction";
import { applySummaries } from "../db/summaries";

/** After a file's drafts are written: their change to the read summaries, once for the whole file, and the file's audit entry. */
export async function closeImport(tx: Tx, actor: Actor, fileName: string, after: Prisma.InputJsonValue): Promise<void> {
  await applySummaries(tx);
  await writeAudit(tx, { actor, action: "import", entity: "import", key: fileName.slice(0, 200), after });
}

export const IMPORT_COLUMNS = [
  "symbol",
  "date",
  "meeting_record",
  "title",
  "agenda_item",
  "topics",
  "penholders",
  "procedural",
  "resolution_number",
  "yes",
  "no",
  "abstain",
  "not_participating",
  "vetoed_by",
  "source_url",
  "source_title",
  "source_outlet",
  "source_language",
  "source_text",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ImportColumn[] = ["symbol", "date", "title", "yes", "no", "abstain", "not_participating"];
const VOTE_COLUMNS = { yes: "Y", no: "N", abstain: "A", not_participating: "X" } as const;

// A file of the 1,000 most recent drafts with 15 votes each and one source per row (url, title,
// outlet) is about 490 KiB (tests/integration/import-size.test.ts), so 1 MiB leaves room for longer
// titles and quoted passages. next.config.js's serverActions.bodySizeLimit must hold twice this plus
// the report: useActionState posts the previous state back, so the "import" post after a clean
// check carries the CSV as the hidden field and again in that state.
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_ROWS = 1_000;

export interface CellError extends Msg {
  line: number;
  column: string | null;
}

export interface ImportRowResult {
  line: number;
  symbol: string;
  status: "ok" | "error";
  outcome?: string;
  vetoedBy?: string[];
  errors: CellError[];
}

export interface ImportReport {
  /** Every row valid (and, when applying, written). */
  ok: boolean;
  applied: boolean;
  rows: ImportRowResult[];
  /** Problems with the file itself (size, header, quoting). */
  fileErrors: CellError[];
}

const list = (cell: string | undefined) =>
  (cell ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);

/** One CSV row → the form's values, plus errors only the CSV shape can have (a member in two vote columns). */
export function rowToValues(cells: Partial<Record<ImportColumn, string>>, line: number): { values: DraftFormValues; errors: CellError[] } {
  const errors: CellError[] = [];
  const votes: Record<string, string> = {};
  const columnOf: Record<string, ImportColumn> = {};
  for (const [column, cast] of Object.entries(VOTE_COLUMNS) as [ImportColumn, string][]) {
    for (const raw of list(cells[column])) {
      const code = raw.toUpperCase();
      if (code in votes) errors.push({ line, column, code: "duplicate", values: { member: code } });
      else {
        votes[code] = cast;
        columnOf[code] = column;
      }
    }
  }
  const procedural = (cells.procedural ?? "").trim().toLowerCase();
  if (!["", "true", "false", "yes", "no"].includes(procedural)) errors.push({ line, column: "procedural", code: "boolean" });
  const hasSource = ["source_url", "source_title", "source_outlet", "source_text"].some((c) => (cells[c as ImportColumn] ?? "").trim() !== "");
  return {
    values: {
      ...EMPTY_DRAFT_VALUES,
      symbol: cells.symbol ?? "",
      votedOn: (cells.date ?? "").trim(),
      meetingRecord: cells.meeting_record ?? "",
      title: cells.title ?? "",
      agendaItem: cells.agenda_item ?? "",
      procedural: procedural === "true" || procedural === "yes",
      resolutionNumber: cells.resolution_number ?? "",
      topics: list(cells.topics).map((t) => t.toLowerCase()),
      penholders: list(cells.penholders),
      votes,
      vetoedBy: list(cells.vetoed_by),
      sources: hasSource
        ? [
            {
              url: cells.source_url ?? "",
              title: cells.source_title ?? "",
              outlet: cells.source_outlet ?? "",
              language: (cells.source_language ?? "").trim() || "en",
              text: cells.source_text ?? "",
            },
          ]
        : [],
    },
    errors,
  };
}

const FIELD_COLUMNS: Record<string, ImportColumn> = {
  symbol: "symbol",
  votedOn: "date",
  meetingRecord: "meeting_record",
  title: "title",
  agendaItem: "agenda_item",
  topics: "topics",
  penholders: "penholders",
  procedural: "procedural",
  resolutionNumber: "resolution_number",
  vetoedBy: "vetoed_by",
  "sources.0.url": "source_url",
  "sources.0.title": "source_title",
  "sources.0.outlet": "source_outlet",
  "sources.0.language": "source_language",
  "sources.0.text": "source_text",
};

/** A form field error → the CSV column it concerns (a member's vote → the column that lists it). */
function columnFor(field: string, msg: Msg, values: DraftFormValues): string | null {
  if (FIELD_COLUMNS[field]) return FIELD_COLUMNS[field]!;
  const head = field.split(".")[0]!;
  if (head === "votes") {
    const member = field.split(".")[1] ?? (typeof msg.values?.member === "string" ? msg.values.member : undefined);
    const cast = member ? values.votes[member] : undefined;
    const column = (Object.entries(VOTE_COLUMNS) as [string, string][]).find(([, c]) => c === cast)?.[0];
    return column ?? "yes";
  }
  return FIELD_COLUMNS[head] ?? null;
}

function cellErrors(fieldErrors: FieldErrors, line: number, values: DraftFormValues): CellError[] {
  return Object.entries(fieldErrors).flatMap(([field, msgs]) => msgs.map((m) => ({ line, column: columnFor(field, m, values), ...m })));
}

interface ParsedFile {
  rows: { line: number; cells: Partial<Record<ImportColumn, string>>; errors: CellError[] }[];
  fileErrors: CellError[];
}

export function parseImportCsv(text: string): ParsedFile {
  const fileErrors: CellError[] = [];
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES)
    return { rows: [], fileErrors: [{ line: 0, column: null, code: "fileTooLarge", values: { max: MAX_IMPORT_BYTES / 1024 } }] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true, trim: false }) as unknown as typeof records;
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 0;
    return { rows: [], fileErrors: [{ line, column: null, code: "csvSyntax", values: { detail: String((error as Error).message).slice(0, 200) } }] };
  }
  if (records.length === 0) return { rows: [], fileErrors: [{ line: 1, column: null, code: "csvEmpty" }] };
  const header = records[0]!.record.map((h) => h.trim().toLowerCase());
  for (const h of header)
    if (!(IMPORT_COLUMNS as readonly string[]).includes(h)) fileErrors.push({ line: 1, column: h, code: "unknownColumn", values: { column: h } });
  for (const c of REQUIRED_COLUMNS) if (!header.includes(c)) fileErrors.push({ line: 1, column: c, code: "missingColumn", values: { column: c } });
  const body = records.slice(1);
  if (body.length === 0) fileErrors.push({ line: 2, column: null, code: "csvEmpty" });
  if (body.length > MAX_IMPORT_ROWS) fileErrors.push({ line: 0, column: null, code: "tooManyRows", values: { max: MAX_IMPORT_ROWS } });
  if (fileErrors.length > 0) return { rows: [], fileErrors };
  const rows = body.map(({ record, info }) => {
    const errors: CellError[] = [];
    if (record.length !== header.length)
      errors.push({ line: info.lines, column: null, code: "columnCount", values: { expected: header.length, found: record.length } });
    const cells = Object.fromEntries(header.map((h, i) => [h, record[i] ?? ""])) as Partial<Record<ImportColumn, string>>;
    return { line: info.lines, cells, errors };
  });
  return { rows, fileErrors };
}

/**
 * Checks (dry run) or applies a CSV. Each row goes through the form's schema and the same checks as
 * a saved draft (checkDraft), against what the database holds and the rows above it, so a symbol
 * repeated in the file is caught. The checks read the database in a fixed number of queries and
 * the import writes all rows in about twenty statements (issue 5: a row at a time took minutes for
 * 1,000 rows and starved under read load). Applying writes only when every row is valid, all or
 * nothing, re-checking inside the writing transaction.
 */
export async function importDrafts(
  text: string,
  { actor, apply, fileName = "upload.csv", timeoutMs = 120_000 }: { actor: Actor; apply: boolean; fileName?: string; timeoutMs?: number },
): Promise<ImportReport> {
  if (!hasRole(actor, "editor"))
    return { ok: false, applied: false, rows: [], fileErrors: [{ line: 0, column: null, code: "roleRequired", values: { role: "editor" } }] };
  const parsed = parseImportCsv(text);
  if (parsed.fileErrors.length > 0) return { ok: false, applied: false, rows: [], fileErrors: parsed.fileErrors };

  // Shape and schema first, in memory.
  const prepared = parsed.rows.map((row) => {
    const { values, errors } = rowToValues(row.cells, row.line);
    const symbol = (row.cells.symbol ?? "").trim();
    const input = parseDraftInput(values);
    const fieldErrors = { ...(input.ok ? {} : input.fieldErrors), ...missingOnRecord(values, null) };
    const rowErrors = [...row.errors, ...errors, ...cellErrors(fieldErrors, row.line, values)];
    return { line: row.line, symbol, values, input: input.ok && rowErrors.length === 0 ? input.data : null, errors: rowErrors };
  });

  const check = async (tx: Tx) => {
    const ctx = await loadCheckContext(
      tx,
      prepared.flatMap((p) => (p.input ? [p.input] : [])),
      null,
    );
    const checked: Checked[] = [];
    const rows = prepared.map((p): ImportRowResult => {
      if (!p.input) return { line: p.line, symbol: p.symbol, status: "error", errors: p.errors };
      const result = checkDraft(p.input, null, ctx);
      if (!result.ok) return { line: p.line, symbol: p.symbol, status: "error", errors: cellErrors(result.fieldErrors, p.line, p.values) };
      claimInContext(ctx, result.checked);
      checked.push(result.checked);
      return { line: p.line, symbol: result.checked.ref, status: "ok", outcome: result.checked.outcome, vetoedBy: result.checked.vetoedBy, errors: [] };
    });
    return { rows, checked, ok: rows.every((r) => r.status === "ok") };
  };

  if (!apply || prepared.some((p) => !p.input)) {
    const { rows, ok } = await db.$transaction(check, { isolationLevel: "RepeatableRead" });
    return { ok, applied: false, rows, fileErrors: [] };
  }
  try {
    return await db.$transaction(
      async (tx) => {
        const { rows, checked, ok } = await check(tx);
        if (!ok) return { ok: false, applied: false, rows, fileErrors: [] };
        await createCheckedDrafts(tx, checked, actor, "import");
        await closeImport(tx, actor, fileName, { rows: rows.length, drafts: rows.map((r) => r.symbol) });
        return { ok: true, applied: true, rows, fileErrors: [] };
      },
      // Allow for a busy machine.
      { timeout: timeoutMs, maxWait: 10_000 },
    );
  } catch (error) {
    // Said as it is: the database answered, the import took too long and nothing was written.
    if (isTransactionTimeout(error))
      return {
        ok: false,
        applied: false,
        rows: [],
        fileErrors: [{ line: 0, column: null, code: "importTimeout", values: { seconds: Math.round(timeoutMs / 1000) } }],
      };
    // Another editor saved one of the file's symbols between the check and the write.
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, applied: false, rows: [], fileErrors: [{ line: 0, column: null, code: "importRace" }] };
  }
}
