// A small migrator that applies prisma/migrations/*/migration.sql the way `prisma migrate deploy`
// does (Prisma's schema engine cannot be downloaded everywhere). It records each migration in
// `_prisma_migrations` with Prisma's checksum, so both tools agree on what is applied.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");
const LOCK_KEY = 727_000_1946; // arbitrary advisory-lock key for this project's migrations

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/** Applies pending migrations in order; returns the names it applied (empty when up to date). */
export async function migrate(connectionString: string, options: { dir?: string; log?: (msg: string) => void } = {}): Promise<string[]> {
  const log = options.log ?? (() => {});
  const files = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    for (const file of files) {
      // The check runs inside the migration's transaction: on PostgreSQL the advisory lock already
      // serializes runs; on the embedded PGlite (one backend shared by every connection, where
      // advisory locks do not exclude) an open transaction holds the other connections back.
      await client.query("BEGIN");
      try {
        const { rows } = await client.query<{ checksum: string; finished_at: Date | null }>(
          `SELECT checksum, finished_at FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL`,
          [file.name],
        );
        const row = rows[0];
        if (row) {
          if (row.finished_at === null) throw new MigrationError(`Migration ${file.name} failed earlier and is not finished; resolve it before migrating.`);
          if (row.checksum !== file.checksum)
            throw new MigrationError(`Migration ${file.name} was modified after it was applied (checksum differs). Refusing to run.`);
          await client.query("COMMIT");
          continue;
        }
        log(`applying ${file.name}`);
        try {
          await client.query(file.sql);
        } catch (error) {
          throw new MigrationError(`Migration ${file.name} failed: ${(error as Error).message}`);
        }
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), file.checksum, file.name],
        );
        await client.query("COMMIT");
        applied.push(file.name);
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
