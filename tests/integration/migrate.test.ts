import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate, readMigrations } from "@/lib/db/migrate";
import { createEmptyDatabase } from "../support/databases";

let empty: Awaited<ReturnType<typeof createEmptyDatabase>>;
beforeAll(async () => {
  empty = await createEmptyDatabase();
});
afterAll(async () => {
  await empty.drop();
});

async function appliedRows(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`)).rows;
  } finally {
    await c.end();
  }
}

describe("db:migrate", () => {
  it("applies every migration once, records it as Prisma does, and is a no-op the second time", async () => {
    const files = await readMigrations();
    expect(await migrate(empty.url)).toEqual(files.map((f) => f.name));
    const rows = await appliedRows(empty.url);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, r] of rows.entries()) {
      expect(r.checksum).toBe(files[i]!.checksum); // sha256 of migration.sql, as prisma migrate computes it
      expect(r.finished_at).not.toBeNull();
      expect(r.applied_steps_count).toBe(1);
    }
    expect(await migrate(empty.url)).toEqual([]);
    expect(await appliedRows(empty.url)).toHaveLength(files.length);
  });

  it("refuses to run when an applied migration's file has changed", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = (await readMigrations(dir))[0]!;
    writeFileSync(path.join(dir, first.name, "migration.sql"), `${first.sql}\n-- edited after being applied\n`);
    await expect(migrate(empty.url, { dir })).rejects.toThrow(/modified after it was applied/);
  });

  it("rolls back a failing migration whole and records nothing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const bad = path.join(dir, "29991231000000_broken");
    cpSync(path.join(dir, (await readMigrations(dir))[0]!.name), bad, { recursive: true });
    writeFileSync(path.join(bad, "migration.sql"), `CREATE TABLE "half_done" (id int); SELECT * FROM "no_such_table";`);
    await expect(migrate(empty.url, { dir })).rejects.toThrow(/29991231000000_broken failed/);
    const c = new pg.Client({ connectionString: empty.url });
    await c.connect();
    const t = await c.query(`SELECT to_regclass('public.half_done') AS t`);
    await c.end();
    expect(t.rows[0].t).toBeNull();
    expect((await appliedRows(empty.url)).map((r) => r.migration_name)).not.toContain("29991231000000_broken");
  });

  it("serializes concurrent runs under the advisory lock", async () => {
    const other = await createEmptyDatabase();
    try {
      const results = await Promise.all([migrate(other.url), migrate(other.url), migrate(other.url)]);
      expect(results.flat()).toHaveLength((await readMigrations()).length);
    } finally {
      await other.drop();
    }
  });
});
