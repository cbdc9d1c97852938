// The import's size limits (lib/admin/import.ts) against a real file: the 1,000 most recent
// recorded drafts with a full 15-member vote, in the import format, each with its first source —
// re-filed under new symbols so that they can be written again. Such a file must fit the byte and
// row limits and import in one go, and next.config.js must accept the server-action post that
// carries it (useActionState sends the previous state back with each post, so after a clean check
// the "import" post holds the CSV twice, plus the check's report: 1,105,923 bytes for this file,
// measured in Chromium against `next start`).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { IMPORT_COLUMNS, importDrafts, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseImportCsv } from "@/lib/admin/import";
import type { NextConfig } from "next";
import { createTestUser } from "../support/factories";

const DRAFTS = 1_000;

type Row = Record<(typeof IMPORT_COLUMNS)[number], string>;

/** Imported symbol → the draft its row was copied from. */
const originals = new Map<string, string>();

/** The DRAFTS most recent drafts with 15 recorded votes, as import rows under unused symbols (S/<year>/9000…). */
async function realRows(): Promise<Row[]> {
  const rows = await db.$queryRaw<
    {
      year: number;
      date: string;
      record: string | null;
      title: string | null;
      agenda: string | null;
      topics: string | null;
      penholders: string | null;
      procedural: boolean;
      yes: string | null;
      no: string | null;
      abstain: string | null;
      np: string | null;
      vetoed: string | null;
      url: string | null;
      stitle: string | null;
      outlet: string | null;
      language: string | null;
      original: string;
    }[]
  >`
    SELECT d.ref AS original, d.year, to_char(d.voted_on, 'YYYY-MM-DD') AS date, m.record, d.title, d.agenda_item AS agenda, d.procedural,
      (SELECT string_agg(topic_slug, ';' ORDER BY topic_slug) FROM draft_topic t WHERE t.draft_id = d.id) AS topics,
      (SELECT string_agg(member_code, ';' ORDER BY member_code) FROM penholder p WHERE p.draft_id = d.id) AS penholders,
      (SELECT string_agg(member_code, ';' ORDER BY member_code) FROM vote v WHERE v.draft_id = d.id AND v.vote = 'Y') AS yes,
      (SELECT string_agg(member_code, ';' ORDER BY member_code) FROM vote v WHERE v.draft_id = d.id AND v.vote = 'N') AS no,
      (SELECT string_agg(member_code, ';' ORDER BY member_code) FROM vote v WHERE v.draft_id = d.id AND v.vote = 'A') AS abstain,
      (SELECT string_agg(member_code, ';' ORDER BY member_code) FROM vote v WHERE v.draft_id = d.id AND v.vote = 'X') AS np,
      (SELECT string_agg(member_code, ';' ORDER BY member_code) FROM veto v WHERE v.draft_id = d.id) AS vetoed,
      s.url, s.title AS stitle, s.outlet, s.language
    FROM draft d
    LEFT JOIN meeting m ON m.id = d.meeting_id
    LEFT JOIN LATERAL (SELECT s.* FROM draft_source ds JOIN source s ON s.id = ds.source_id
                       WHERE ds.draft_id = d.id AND s.url LIKE 'http%' ORDER BY s.id LIMIT 1) s ON TRUE
    WHERE d.voted_on IS NOT NULL AND d.object_of_vote = 'DRAFT' AND (SELECT count(*) FROM vote v WHERE v.draft_id = d.id) = 15
    ORDER BY d.voted_on DESC, d.id DESC
    LIMIT ${DRAFTS}`;
  const perYear = new Map<number, number>();
  return rows.map((r) => {
    const n = (perYear.get(r.year) ?? 0) + 1;
    perYear.set(r.year, n);
    originals.set(`S/${r.year}/${9000 + n}`, r.original);
    return {
      symbol: `S/${r.year}/${9000 + n}`,
      date: r.date,
      meeting_record: r.record ?? "",
      title: r.title ?? r.agenda ?? "Untitled",
      agenda_item: r.agenda ?? "",
      topics: r.topics ?? "",
      penholders: r.penholders ?? "",
      procedural: String(r.procedural),
      resolution_number: "", // taken by the original
      yes: r.yes ?? "",
      no: r.no ?? "",
      abstain: r.abstain ?? "",
      not_participating: r.np ?? "",
      vetoed_by: r.vetoed ?? "",
      source_url: r.url ?? "",
      source_title: r.url ? (r.stitle ?? "") : "",
      source_outlet: r.url ? (r.outlet ?? "") : "",
      source_language: r.url ? (r.language ?? "en") : "",
      source_text: "",
    };
  });
}

function toCsv(rows: Row[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [IMPORT_COLUMNS.join(","), ...rows.map((r) => IMPORT_COLUMNS.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
}

/** "2mb" → bytes, as Next reads serverActions.bodySizeLimit (bytes package: 1 mb = 1024 × 1024). */
function bytes(limit: string | number): number {
  if (typeof limit === "number") return limit;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)$/i.exec(limit.trim());
  if (!m) throw new Error(`unreadable size ${limit}`);
  return Math.floor(Number(m[1]) * 1024 ** ["b", "kb", "mb", "gb"].indexOf(m[2]!.toLowerCase()));
}

describe(`a real file of ${DRAFTS} drafts with 15 votes each`, () => {
  it("fits the byte and row limits, checks and imports in one go, and stores each draft as the form would", { timeout: 300_000 }, async () => {
    const rows = await realRows();
    expect(rows).toHaveLength(DRAFTS);
    const csv = toCsv(rows);
    const size = Buffer.byteLength(csv, "utf8");
    console.log(`${DRAFTS} drafts: ${size} bytes (${(size / 1024).toFixed(1)} KiB), ${Math.round(size / DRAFTS)} bytes a row`);
    expect(MAX_IMPORT_ROWS).toBeGreaterThanOrEqual(DRAFTS);
    // Room to spare: real rows with a longer source title or a quoted passage still fit.
    expect(size * 1.5).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(parseImportCsv(csv).fileErrors).toEqual([]);

    const started = Date.now();
    const report = await importDrafts(csv, { actor: await createTestUser("editor"), apply: false, fileName: "1000.csv" });
    console.log(`dry run of ${DRAFTS} rows: ${Date.now() - started} ms`);
    expect(report.rows.filter((r) => r.status === "error").slice(0, 3)).toEqual([]);
    expect(report).toMatchObject({ ok: true, applied: false, fileErrors: [] });
    expect(report.rows).toHaveLength(DRAFTS);

    // Applying writes them all, each exactly as the form's save path stored its original: the same
    // outcome, tally, votes, vetoes, topics, penholders and meeting (the import writes in bulk).
    const applyStarted = Date.now();
    const applied = await importDrafts(csv, { actor: await createTestUser("editor"), apply: true, fileName: "1000.csv" });
    console.log(`import of ${DRAFTS} rows: ${Date.now() - applyStarted} ms`);
    expect(applied).toMatchObject({ ok: true, applied: true, fileErrors: [] });
    const record = (where: { ref: { in: string[] } }) =>
      db.draft.findMany({
        where,
        select: {
          ref: true,
          votedOn: true,
          procedural: true,
          modality: true,
          outcome: true,
          yesCount: true,
          noCount: true,
          abstainCount: true,
          nonVotingCount: true,
          votesComplete: true,
          meeting: { select: { record: true } },
          // (Not nameAtTime: the seed keeps its source files' spelling, "BAHRAIN"; a save takes the seat record's.)
          votes: { select: { memberCode: true, vote: true }, orderBy: { memberCode: "asc" } },
          vetoes: { select: { memberCode: true, votedOn: true, year: true }, orderBy: { memberCode: "asc" } },
          topics: { select: { topicSlug: true }, orderBy: { topicSlug: "asc" } },
          penholders: { select: { memberCode: true }, orderBy: { memberCode: "asc" } },
          _count: { select: { sources: true } },
        },
      });
    const imported = await record({ ref: { in: [...originals.keys()] } });
    const before = new Map((await record({ ref: { in: [...originals.values()] } })).map((d) => [d.ref, d]));
    expect(imported).toHaveLength(DRAFTS);
    for (const d of imported) {
      const { ref, _count, ...rest } = d;
      const { ref: _r, _count: originalCount, ...original } = before.get(originals.get(ref)!)!;
      expect(rest, `${ref} = ${originals.get(ref)}`).toEqual(original);
      expect(_count.sources).toBe(Math.min(originalCount.sources, 1));
    }
    expect(await db.auditEntry.count({ where: { action: "import", entity: "draft", entityKey: { in: [...originals.keys()] } } })).toBe(DRAFTS);
  });

  it("next.config.js accepts the largest import post: the CSV twice and the check's report", async () => {
    // (A plain JavaScript file without types: the specifier is widened so that tsc does not resolve it.)
    const { default: nextConfig } = (await import("../../next.config.js" as string)) as { default: NextConfig };
    const limit = bytes(nextConfig.experimental?.serverActions?.bodySizeLimit ?? "1mb");
    // A report row is about 100 bytes of JSON ({ line, symbol, status, outcome, vetoedBy, errors });
    // JSON-escaping the carried CSV adds a little more (quotes and newlines).
    const report = MAX_IMPORT_ROWS * 150;
    expect(2 * MAX_IMPORT_BYTES * 1.05 + report).toBeLessThanOrEqual(limit);
  });
});
