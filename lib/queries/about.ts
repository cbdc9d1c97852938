import "server-only";
import { db, Prisma } from "@/lib/db";
import { vetoCountCondition } from "@/lib/queries/vote-kinds";

// Read functions for /about: what the database holds, from which source, and its known gaps.

export interface SourceCoverage {
  key: string;
  title: string;
  outlet: string | null;
  url: string | null;
  language: string;
  licence: string | null;
  /** Drafts this source supports, and the span of their dates. */
  drafts: number;
  firstYear: number | null;
  lastYear: number | null;
  firstDate: string | null;
  lastDate: string | null;
}

export interface SourceCoverageList {
  /** The data files (source keys "file:…"), earliest coverage first. */
  files: SourceCoverage[];
  /** Web pages cited for individual votes (press releases, news reports). */
  pages: number;
}

/** Every source with the number of drafts it supports and the period they cover. One query. */
export async function getSourceCoverage(): Promise<SourceCoverageList> {
  const rows = await db.$queryRaw<SourceCoverage[]>(Prisma.sql`
    SELECT s.key, s.title, s.outlet, s.url, s.language, s.licence,
           count(d.id)::int AS drafts, min(d.year)::int AS "firstYear", max(d.year)::int AS "lastYear",
           to_char(min(d.voted_on), 'YYYY-MM-DD') AS "firstDate", to_char(max(d.voted_on), 'YYYY-MM-DD') AS "lastDate"
    FROM source s
    LEFT JOIN draft_source ds ON ds.source_id = s.id
    LEFT JOIN draft d ON d.id = ds.draft_id
    GROUP BY s.id
    ORDER BY min(d.year) NULLS LAST, s.key`);
  const files = rows.filter((r) => r.key.startsWith("file:"));
  return { files, pages: rows.filter((r) => /^https?:/.test(r.key)).length };
}

export interface DataTotals {
  drafts: number;
  adopted: number;
  vetoed: number;
  failed: number;
  withoutVote: number;
  noRollCall: number;
  votes: number;
  vetoes: number;
  members: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** Headline counts of the whole database. One query. */
export async function getDataTotals(): Promise<DataTotals> {
  const [row] = await db.$queryRaw<DataTotals[]>(Prisma.sql`
    SELECT count(*)::int AS drafts,
           count(*) FILTER (WHERE outcome = 'ADOPTED')::int AS adopted,
           count(*) FILTER (WHERE outcome = 'VETOED')::int AS vetoed,
           count(*) FILTER (WHERE outcome = 'FAILED')::int AS failed,
           count(*) FILTER (WHERE modality = 'WITHOUT_VOTE')::int AS "withoutVote",
           count(*) FILTER (WHERE modality = 'NO_ROLL_CALL')::int AS "noRollCall",
           (SELECT count(*) FROM vote)::int AS votes,
           (SELECT count(*) FROM veto v JOIN draft d ON d.id = v.draft_id WHERE ${vetoCountCondition("library")})::int AS vetoes,
           (SELECT count(DISTINCT member_code) FROM council_seat)::int AS members,
           to_char(min(voted_on), 'YYYY-MM-DD') AS "firstDate",
           to_char(max(voted_on), 'YYYY-MM-DD') AS "lastDate"
    FROM draft`);
  return row!;
}

export interface DataIssueExample {
  ref: string | null;
  year: number | null;
  sourceFile: string;
  sourceRow: string | null;
  reason: string;
}

export interface DataIssueKind {
  kind: string;
  count: number;
  examples: DataIssueExample[];
}

/**
 * Recorded data issues counted by kind, most frequent first, each with up to `examples` of its
 * most recent rows. One query (a window function picks the examples).
 */
export async function getDataIssueSummary(examples = 3): Promise<DataIssueKind[]> {
  const rows = await db.$queryRaw<(DataIssueExample & { kind: string; count: number })[]>(Prisma.sql`
    SELECT kind, count, ref, year, "sourceFile", "sourceRow", reason
    FROM (
      SELECT i.kind, count(*) OVER (PARTITION BY i.kind)::int AS count,
             d.ref, coalesce(i.year, d.year) AS year, i.source_file AS "sourceFile", i.source_row AS "sourceRow", i.reason,
             row_number() OVER (PARTITION BY i.kind ORDER BY coalesce(i.year, d.year) DESC NULLS LAST, i.id) AS n
      FROM data_issue i
      LEFT JOIN draft d ON d.id = i.draft_id
    ) x
    WHERE n <= ${examples}
    ORDER BY count DESC, kind, n`);
  const kinds = new Map<string, DataIssueKind>();
  for (const { kind, count, ...example } of rows) {
    const entry = kinds.get(kind) ?? { kind, count, examples: [] };
    entry.examples.push(example);
    kinds.set(kind, entry);
  }
  return [...kinds.values()];
}

export interface ArticleSource {
  key: string;
  title: string;
  outlet: string | null;
  language: string;
  text: string;
}

/** Sources kept verbatim (the seed article) in the reader's language. */
export async function getVerbatimSources(language: string): Promise<ArticleSource[]> {
  const rows = await db.source.findMany({
    where: { text: { not: null }, language },
    select: { key: true, title: true, outlet: true, language: true, text: true },
    orderBy: { key: "asc" },
  });
  return rows.flatMap((r) => (r.text === null ? [] : [{ ...r, text: r.text }]));
}
