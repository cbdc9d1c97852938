import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { GET as getDataFile } from "@/app/api/data/[file]/route";
import { GET as getCite } from "@/app/api/cite/route";
import { exportDatabase, importDatabase, type DatabaseExport } from "@/lib/db/export";
import { migrate } from "@/lib/db/migrate";
import { SUMMARY_TABLES } from "@/lib/db/summaries";
import { OMITTED_COLUMNS, PRIVATE_TABLES, PUBLIC_TABLES, listDatasetFiles } from "@/lib/data/dataset";
import { DATASET_FILE_NAMES } from "@/lib/data/files";
import { formatCitations } from "@/lib/citation/format";
import { getCslItem } from "@/lib/queries/citation";
import { parse as parseCsv } from "csv-parse/sync";
import { createEmptyDatabase } from "../support/databases";

// /data (issue 14): the JSON download re-imports into an empty database identical to the source
// (public tables, table by table), nothing private is ever in a file, and every CSV holds the rows
// /data counts. "Cite this": BibTeX and RIS parse back to the same fields, CSL-JSON is valid CSL data.

const SECRET_EMAIL = "editor-secret@example.org";

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function download(file: string): Promise<Response> {
  const res = await getDataFile(new Request(`https://unsc.example.org/api/data/${file}`), { params: Promise.resolve({ file }) });
  expect(res.status).toBe(200);
  return res;
}

let empty: Awaited<ReturnType<typeof createEmptyDatabase>>;
beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  // Private data the files must never carry: an account, its session, an audit entry and an edit signed by the editor.
  await sql(url, `INSERT INTO app_user (id, email, name, role) VALUES ('u1', $1, 'Editor', 'editor')`, [SECRET_EMAIL]);
  await sql(url, `INSERT INTO session (id, token, user_id, expires_at, updated_at) VALUES ('s1', 'secret-token', 'u1', now() + interval '1 day', now())`);
  await sql(url, `INSERT INTO audit_entry (actor, action, entity, entity_key) VALUES ($1, 'update', 'draft', 'S/2024/255')`, [SECRET_EMAIL]);
  await sql(url, `UPDATE draft SET updated_by = $1 WHERE ref = 'S/2024/255'`, [SECRET_EMAIL]);
  empty = await createEmptyDatabase();
  await migrate(empty.url);
});
afterAll(async () => {
  await empty.drop();
});

describe("/data downloads", () => {
  it("every table of the database is either published, private or derived", async () => {
    const tables = (
      await sql<{ name: string }>(
        process.env.DATABASE_URL!,
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
      )
    ).map((r) => r.name);
    const known = new Set<string>([...PUBLIC_TABLES, ...PRIVATE_TABLES, ...SUMMARY_TABLES]);
    expect(tables.filter((t) => !known.has(t))).toEqual([]);
    expect(PUBLIC_TABLES.filter((t) => (PRIVATE_TABLES as readonly string[]).includes(t))).toEqual([]);
  });

  it("the JSON download re-imports into an empty database identical to the source, and holds nothing private", async () => {
    const res = await download("unsc-votes.json");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="unsc-votes-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await res.text();
    expect(text).not.toContain(SECRET_EMAIL);
    expect(text).not.toContain("secret-token");
    const dump = JSON.parse(text) as DatabaseExport;
    expect(Object.keys(dump.tables).sort()).toEqual([...PUBLIC_TABLES].sort());
    expect(dump.tables.vote!.length).toBeGreaterThan(40_000);
    expect(dump.tables.draft![0]).not.toHaveProperty("updated_by");
    expect(dump.tables.draft![0]).not.toHaveProperty("search_vector");

    // What `npm run db:import -- <the download>` does.
    await importDatabase(empty.url, dump);
    const source = await exportDatabase(process.env.DATABASE_URL!);
    const copy = await exportDatabase(empty.url);
    const published = (db: DatabaseExport, table: string) =>
      db.tables[table]!.map((row) =>
        Object.fromEntries(Object.entries(row).filter(([c]) => !(OMITTED_COLUMNS[table as never] as string[] | undefined)?.includes(c))),
      );
    for (const table of PUBLIC_TABLES) {
      expect(copy.tables[table]!.length, table).toBe(source.tables[table]!.length);
      expect(published(copy, table), table).toEqual(published(source, table));
    }
    for (const table of PRIVATE_TABLES) expect(copy.tables[table], table).toEqual([]);
    // The search documents left out of the file are rebuilt by the triggers, the same as the source's.
    const vectors = (url: string) => sql<{ id: number; v: string }>(url, `SELECT id, search_vector::text AS v FROM draft ORDER BY id`);
    expect(await vectors(empty.url)).toEqual(await vectors(process.env.DATABASE_URL!));
    // The read summaries were rebuilt from the imported votes.
    const agreement = (url: string) => sql<{ n: number }>(url, `SELECT count(*)::int AS n FROM member_against`);
    expect(await agreement(empty.url)).toEqual(await agreement(process.env.DATABASE_URL!));
  });

  it("every CSV holds the rows /data counts, with no private column", async () => {
    const files = await listDatasetFiles();
    expect(files.map((f) => f.name)).toEqual(DATASET_FILE_NAMES);
    for (const f of files.filter((f) => f.format === "csv")) {
      const res = await download(f.name);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const text = await res.text();
      expect(text, f.name).not.toContain(SECRET_EMAIL);
      const records = parseCsv(text, { columns: true }) as unknown[];
      expect(records.length, f.name).toBe(f.rows);
    }
    const draftHeader = (await (await download("draft.csv")).text()).split("\r\n")[0]!;
    expect(draftHeader.split(",")).not.toContain("updated_by");
  });

  it("member-votes.csv: one row per member vote, as a reader expects it", async () => {
    const rows = parseCsv(await (await download("member-votes.csv")).text(), { columns: true }) as Record<string, string>[];
    const russia = rows.filter((r) => r.symbol === "S/2024/255" && r.member_code === "RUS");
    expect(russia).toEqual([
      expect.objectContaining({
        ref: "S/2024/255",
        date: "2024-03-28",
        year: "2024",
        meeting: "S/PV.9591",
        outcome: "VETOED",
        member: "Russian Federation",
        vote: "N",
      }),
    ]);
  });
});

// The parts of the official CSL data schema (citation-style-language/schema, csl-data.json) that
// our items use, as strictly: known types, required id and type, no unknown keys, dates as date-parts.
const dateVariable = z.strictObject({
  "date-parts": z
    .array(
      z
        .array(z.union([z.string(), z.number()]))
        .min(1)
        .max(3),
    )
    .min(1)
    .max(2),
});
const nameVariable = z.strictObject({ literal: z.string().optional(), family: z.string().optional(), given: z.string().optional() });
const cslData = z.array(
  z.strictObject({
    id: z.union([z.string(), z.number()]),
    type: z.enum(["webpage", "dataset", "document", "report"]),
    title: z.string(),
    author: z.array(nameVariable).optional(),
    "container-title": z.string().optional(),
    publisher: z.string().optional(),
    URL: z.string().url(),
    accessed: dateVariable,
    issued: dateVariable.optional(),
    language: z.string().optional(),
    number: z.union([z.string(), z.number()]).optional(),
    version: z.string().optional(),
    medium: z.string().optional(),
    note: z.string().optional(),
  }),
);

describe("Cite this", () => {
  const targets = [{ kind: "draft", ref: "S/2024/255" }, { kind: "country", code: "RUS" }, { kind: "topic", slug: "dprk" }, { kind: "dataset" }] as const;

  it.each(targets)("$kind: BibTeX and RIS parse back to the same fields; CSL-JSON is valid CSL data", async (target) => {
    const item = (await getCslItem(target, "en", "2026-12-02"))!;
    expect(item).not.toBeNull();
    const c = formatCitations(item);

    expect(cslData.safeParse(JSON.parse(c.csl)).error).toBeUndefined();

    const bib = parseBibtex(c.bibtex);
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(1);
    const fields = bib.entries[0]!.fields;
    expect(fields.title).toBe(item.title);
    expect(fields.url).toBe(item.URL);
    expect(fields.note).toContain("accessed 2026-12-02");

    const [ris] = new Cite(c.ris).data as Record<string, unknown>[];
    expect(ris).toMatchObject({ title: item.title, URL: item.URL, publisher: item.publisher, accessed: item.accessed });
    if (item.issued) expect(ris!.issued).toEqual(item.issued);

    expect(c.text).toContain(item.URL);
    expect(c.text).toContain("Retrieved December 2, 2026");
  });

  it("a draft's citation names its symbol, the vote's date and its meeting record; Thai pages cite the Thai address", async () => {
    const item = (await getCslItem({ kind: "draft", ref: "S/2024/255" }, "th", "2026-12-02"))!;
    expect(item.URL).toBe(new URL("/th/resolutions/S/2024/255", process.env.SITE_URL || "http://localhost:3000").href);
    expect(item.number).toBe("S/2024/255");
    expect(item.issued).toEqual({ "date-parts": [[2024, 3, 28]] });
    expect(item.note).toContain("S/PV.9591");
    expect(await getCslItem({ kind: "draft", ref: "S/1900/1" }, "en")).toBeNull();
  });

  it("/api/cite downloads each format with today's access date, and refuses unknown targets", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const res = await getCite(new Request("https://unsc.example.org/api/cite?country=RUS&format=bibtex"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="unsc-country-RUS-accessed-${today}.bib"`);
    expect(await res.text()).toContain(`accessed ${today}`);
    const all = await getCite(new Request("https://unsc.example.org/api/cite?dataset&format=all"));
    expect(((await all.json()) as { accessed: string }).accessed).toBe(today);
    expect((await getCite(new Request("https://unsc.example.org/api/cite?country=XXX"))).status).toBe(404);
    expect((await getCite(new Request("https://unsc.example.org/api/cite?format=ris"))).status).toBe(400);
    expect((await getCite(new Request("https://unsc.example.org/api/cite?dataset&format=pdf"))).status).toBe(400);
  });
});
