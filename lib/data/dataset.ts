import "server-only";
import { db, Prisma } from "@/lib/db";
import type { DatabaseExport } from "@/lib/db/export";
import { rowsToCsv } from "@/lib/db/export";
import { SUMMARY_TABLES } from "@/lib/db/summaries";
import { toCsv } from "@/lib/exports/csv";
import { DATASET_JSON_FILE, isPublicTable, MEMBER_VOTES_FILE, PUBLIC_TABLES, type PublicTable } from "@/lib/data/files";

export { PRIVATE_TABLES, PUBLIC_TABLES } from "@/lib/data/files";

// The open dataset offered at /data: the public tables of the database, as one JSON file in the
// whole-database export's format (so `npm run db:import` loads it into an empty database) and one
// CSV per table, plus a flat CSV of member votes. Tables are listed explicitly: a new table is
// published only once someone decides it is public (lib/data/files.ts).

/** Derived tables, rebuilt by the importer: not part of the dataset. */
export const DERIVED_TABLES: readonly string[] = SUMMARY_TABLES;

/**
 * Columns left out of public tables: who last edited a draft (an editor's email) and the search
 * document (kept by triggers, rebuilt on import). The importer leaves them to their defaults.
 */
export const OMITTED_COLUMNS: Partial<Record<PublicTable, readonly string[]>> = {
  draft: ["updated_by", "search_vector"],
};


const ORDER: Record<PublicTable, string> = {
  member_state: "code",
  permanent_seat: "id",
  permanent_seat_holder: "id",
  council_seat: "id",
  meeting: "id",
  topic: "slug",
  source: "id",
  search_synonym: "term",
  draft: "id",
  vote: "draft_id, member_code",
  veto: "draft_id, member_code",
  draft_topic: "draft_id, topic_slug",
  penholder: "draft_id, member_code",
  draft_source: "draft_id, source_id",
  data_issue: "id",
};

type Reader = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

async function readTable(tx: Reader, table: PublicTable): Promise<Record<string, unknown>[]> {
  // Identifiers come from the constants above, never from a request.
  const omit = (OMITTED_COLUMNS[table] ?? []).map((c) => ` - '${c}'`).join("");
  const rows = await tx.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(`SELECT to_jsonb(t)${omit} AS row FROM "${table}" t ORDER BY ${ORDER[table]}`);
  return rows.map((r) => r.row);
}

/** The version of the dataset: the date of the latest vote (YYYY-MM-DD), null for an empty database. */
export async function getDatasetVersion(): Promise<string | null> {
  const [row] = await db.$queryRaw<{ date: string | null }[]>`SELECT to_char(max(voted_on), 'YYYY-MM-DD') AS date FROM draft`;
  return row?.date ?? null;
}

/** Every public table in one consistent snapshot, in the format `importDatabase` (lib/db/export.ts) loads. */
export async function exportPublicDataset(): Promise<DatabaseExport> {
  return db.$transaction(
    async (tx) => {
      const tables: DatabaseExport["tables"] = {};
      for (const table of PUBLIC_TABLES) tables[table] = await readTable(tx, table);
      const migrations = (
        await tx.$queryRawUnsafe<{ name: string }[]>(
          `SELECT migration_name AS name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY migration_name`,
        )
      ).map((r) => r.name);
      return { format: "unsc-vote-tracker/export", version: 1, exportedAt: new Date().toISOString(), migrations, tables } satisfies DatabaseExport;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 120_000, maxWait: 30_000 },
  );
}

/** One public table as CSV (JSON cells for JSON columns), ordered by its key. */
export async function publicTableCsv(table: PublicTable): Promise<string> {
  const rows = await readTable(db, table);
  if (rows.length) return rowsToCsv(rows);
  // An empty table still gets its header, so that readers see the columns.
  const columns = await db.$queryRaw<{ name: string }[]>`
    SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = ${table} AND column_name <> ALL(${[...(OMITTED_COLUMNS[table] ?? [])]}::text[])
     ORDER BY ordinal_position`;
  return `${columns.map((c) => c.name).join(",")}\r\n`;
}

const MEMBER_VOTE_COLUMNS = ["ref", "symbol", "date", "year", "meeting", "resolution", "outcome", "member_code", "member", "name_at_time", "vote"] as const;

/** One row per member's vote: the draft (symbol, date, meeting record, outcome), the member and its vote. */
export async function memberVotesCsv(): Promise<string> {
  const rows = await db.$queryRaw<Record<(typeof MEMBER_VOTE_COLUMNS)[number], unknown>[]>`
    SELECT d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS date, d.year, m.record AS meeting,
           d.resolution_number AS resolution, d.outcome::text AS outcome, v.member_code, ms.name_en AS member,
           v.name_at_time, v.vote::text AS vote
      FROM vote v JOIN draft d ON d.id = v.draft_id JOIN member_state ms ON ms.code = v.member_code
      LEFT JOIN meeting m ON m.id = d.meeting_id
     ORDER BY d.voted_on NULLS FIRST, d.year, d.id, v.member_code`;
  return toCsv(MEMBER_VOTE_COLUMNS, rows);
}

export interface DatasetFile {
  /** File name in the download address (/api/data/<name>). */
  name: string;
  /** Public table, MEMBER_VOTES_FILE, or "dataset" for the JSON of every table. */
  table: string;
  format: "csv" | "json";
  rows: number;
}

/** The files /data offers with their row counts (SQL counts), in the order the page lists them. */
export async function listDatasetFiles(): Promise<DatasetFile[]> {
  const counts = await db.$queryRawUnsafe<{ table: string; n: number }[]>(
    PUBLIC_TABLES.map((t) => `SELECT '${t}' AS "table", count(*)::int AS n FROM "${t}"`).join(" UNION ALL "),
  );
  const rowsOf = (t: string) => counts.find((c) => c.table === t)?.n ?? 0;
  const total = counts.reduce((s, c) => s + c.n, 0);
  return [
    { name: DATASET_JSON_FILE, table: "dataset", format: "json", rows: total },
    { name: `${MEMBER_VOTES_FILE}.csv`, table: MEMBER_VOTES_FILE, format: "csv", rows: rowsOf("vote") },
    ...PUBLIC_TABLES.map((t) => ({ name: `${t}.csv`, table: t, format: "csv" as const, rows: rowsOf(t) })),
  ];
}

/** The body of a download by its file name; null for a name /data does not offer. */
export async function datasetFileBody(name: string): Promise<{ body: string; format: "csv" | "json" } | null> {
  if (name === DATASET_JSON_FILE) return { body: JSON.stringify(await exportPublicDataset()), format: "json" };
  if (name === `${MEMBER_VOTES_FILE}.csv`) return { body: await memberVotesCsv(), format: "csv" };
  const table = name.endsWith(".csv") ? name.slice(0, -4) : "";
  return isPublicTable(table) ? { body: await publicTableCsv(table), format: "csv" } : null;
}

export interface DatasetSummary {
  version: string | null;
  files: (DatasetFile & { bytes: number })[];
}

/** What /data lists: the version, and each file with its rows and its size in bytes (made once per write: lib/queries/cached.ts). */
export async function getDatasetSummary(): Promise<DatasetSummary> {
  const [version, files] = await Promise.all([getDatasetVersion(), listDatasetFiles()]);
  const sized = [];
  for (const f of files) sized.push({ ...f, bytes: Buffer.byteLength((await datasetFileBody(f.name))?.body ?? "") });
  return { version, files: sized };
}
