// Whole-database export and import (JSON, plus one CSV per table), table-agnostic so that new
// tables are never forgotten: tables are discovered from the catalog and ordered by their
// foreign keys; rows round-trip through json_populate_recordset so every type survives.
import pg from "pg";
import { REBUILD_SUMMARIES_SQL, SUMMARY_TABLES } from "./summaries";
import { toCsv } from "../exports/csv";

export interface DatabaseExport {
  format: "unsc-vote-tracker/export";
  version: 1;
  exportedAt: string;
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Application tables in an order where every table comes after the tables it references. */
export async function tablesInDependencyOrder(client: pg.Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
        AND table_name <> ALL($1::text[]) ORDER BY table_name`,
    [[...SUMMARY_TABLES]], // derived from the votes; rebuilt on import
  );
  const { rows: deps } = await client.query<{ child: string; parent: string }>(
    `SELECT t.relname AS child, r.relname AS parent FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND t.relname <> r.relname`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables.map((t) => t.name));
  while (pending.size) {
    const ready = [...pending].filter((t) => !deps.some((d) => d.child === t && pending.has(d.parent)));
    if (!ready.length) throw new Error(`circular foreign keys among ${[...pending].join(", ")}`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

async function primaryKeyColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ col: string }>(
    `SELECT a.attname AS col FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [quoteIdent(table)],
  );
  return rows.map((r) => r.col);
}

export async function exportDatabase(url: string): Promise<DatabaseExport> {
  return withClient(url, async (client) => {
    // One snapshot for every table, so the export is consistent while editors write.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const tables: DatabaseExport["tables"] = {};
      for (const table of await tablesInDependencyOrder(client)) {
        const pk = await primaryKeyColumns(client, table);
        const order = pk.length ? ` ORDER BY ${pk.map(quoteIdent).join(", ")}` : "";
        const { rows } = await client.query<{ row: Record<string, unknown> }>(`SELECT to_jsonb(t) AS row FROM ${quoteIdent(table)} t${order}`);
        tables[table] = rows.map((r) => r.row);
      }
      const migrations = (
        await client.query<{ name: string }>(
          `SELECT migration_name AS name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY migration_name`,
        )
      ).rows.map((r) => r.name);
      await client.query("COMMIT");
      return { format: "unsc-vote-tracker/export", version: 1, exportedAt: new Date().toISOString(), migrations, tables };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

/** Loads an export into an empty, migrated database, in one transaction; resets sequences. */
export async function importDatabase(url: string, dump: DatabaseExport): Promise<Record<string, number>> {
  if (dump.format !== "unsc-vote-tracker/export") throw new Error("not an export of this application");
  return withClient(url, async (client) => {
    await client.query("BEGIN");
    try {
      const counts: Record<string, number> = {};
      const order = await tablesInDependencyOrder(client);
      for (const table of order) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`);
        if (rows[0]!.n > 0) throw new Error(`table ${table} is not empty: import only into an empty database`);
      }
      for (const table of order) {
        const rows = dump.tables[table] ?? [];
        counts[table] = rows.length;
        for (let i = 0; i < rows.length; i += 5000) {
          await client.query(`INSERT INTO ${quoteIdent(table)} SELECT * FROM jsonb_populate_recordset(NULL::${quoteIdent(table)}, $1::jsonb)`, [
            JSON.stringify(rows.slice(i, i + 5000)),
          ]);
        }
        // Serial ids continue after the imported rows.
        const { rows: serials } = await client.query<{ col: string; seq: string }>(
          `SELECT a.attname AS col, pg_get_serial_sequence($1, a.attname) AS seq FROM pg_attribute a
            WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND pg_get_serial_sequence($1, a.attname) IS NOT NULL`,
          [quoteIdent(table)],
        );
        for (const s of serials)
          await client.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdent(s.col)}) FROM ${quoteIdent(table)}), 0) + 1, false)`, [s.seq]);
      }
      // The read summaries (lib/db/summaries.ts) were created empty by the migrations: from scratch.
      for (const sql of REBUILD_SUMMARIES_SQL) await client.query(sql);
      await client.query("COMMIT");
      return counts;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

/** RFC 4180 CSV of one table (lib/exports/csv.ts); empty for no rows. */
export function rowsToCsv(rows: Record<string, unknown>[]): string {
  return rows.length ? toCsv(Object.keys(rows[0]!), rows) : "";
}
