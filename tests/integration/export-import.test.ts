import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDatabase, importDatabase, rowsToCsv } from "@/lib/db/export";
import { migrate } from "@/lib/db/migrate";
import { createEmptyDatabase } from "../support/databases";

let empty: Awaited<ReturnType<typeof createEmptyDatabase>>;
beforeAll(async () => {
  empty = await createEmptyDatabase();
  await migrate(empty.url);
});
afterAll(async () => {
  await empty.drop();
});

describe("db:export / db:import", () => {
  it("an export imported into an empty database reproduces identical contents", async () => {
    const source = await exportDatabase(process.env.DATABASE_URL!);
    expect(source.tables.vote!.length).toBeGreaterThan(40_000);
    expect(source.tables.veto!.length).toBeGreaterThan(280);
    for (const t of ["member_state", "council_seat", "draft", "vote", "veto", "topic", "source", "audit_entry"])
      expect(Object.keys(source.tables)).toContain(t);
    await importDatabase(empty.url, source);
    const copy = await exportDatabase(empty.url);
    expect(copy.migrations).toEqual(source.migrations);
    expect(copy.tables).toEqual(source.tables);
  });

  it("refuses to import into a database that already has data, and writes nothing", async () => {
    const source = await exportDatabase(process.env.DATABASE_URL!);
    await expect(importDatabase(process.env.DATABASE_URL!, source)).rejects.toThrow(/not empty/);
  });

  it("writes CSV that spreadsheets cannot execute", () => {
    const csv = rowsToCsv([{ a: '=HYPERLINK("x")', b: 'say "hi"', c: null, d: { k: 1 } }]);
    expect(csv).toBe('a,b,c,d\r\n"\'=HYPERLINK(""x"")","say ""hi""",,"{""k"":1}"\r\n');
  });
});
