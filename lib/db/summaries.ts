// The read summaries: tables that hold aggregates the pages would otherwise compute over every
// vote (prisma/migrations/20261203090000_incremental_summaries, 20261130100000 for member_agreement):
// drafts per year and outcome, vetoes per year and seat holder, vetoes per year and topic, drafts per
// member and year, each member's drafts voted against and votes where it stood alone or nearly alone
// (the country page's lists) and pairwise voting agreement. Each is kept by the write itself, in its transaction: before a write changes drafts,
// summariesBefore() locks them and reads what they contribute; at the end applySummaries() reads what
// they contribute now and adds the difference, so a save costs a few index lookups whatever the
// volume (recomputing everything cost 4.1 s a save at 100x), and concurrent writes of different drafts
// each add their own difference (refreshing materialized views lost one of them:
// docs/decisions/008-incremental-summaries.md). Bulk loads rebuild them (rebuildSummaries).
import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** Derived tables: not exported (lib/db/export.ts), rebuilt after a bulk load. */
export const SUMMARY_TABLES = [
  "draft_year_outcome",
  "veto_holder_year",
  "veto_topic_year",
  "member_year_drafts",
  "member_against",
  "member_agreement",
  "member_agreement_year",
  "pair_difference",
  "member_alone",
] as const;

type Executor = Pick<PrismaClient | Prisma.TransactionClient, "$executeRawUnsafe" | "$queryRawUnsafe">;

/** A condition on a draft id column: some drafts ($1, an int[]) or all of them (a rebuild). */
type Filter = (column: string) => string;
const someDrafts: Filter = (column) => `${column} = ANY($1::int[])`;
const allDrafts: Filter = () => "TRUE";

interface Additive {
  table: string;
  /** The primary key, in lock order; then columns that follow from it; then the counts (additive per draft). */
  keys: string[];
  extra: string[];
  counts: string[];
  /** Column types, for reading a contribution back from JSON. */
  types: Record<string, string>;
  /** The summary's rows over the filtered drafts, columns in the order keys, extra, counts. */
  select: (f: Filter) => string;
}

// Each aggregate is a sum over drafts (a draft counts once in "drafts" of the groups its vetoes fall
// in), so the summary over all drafts changes by exactly the difference of the drafts a write touches.
const ADDITIVE: readonly Additive[] = [
  {
    table: "draft_year_outcome",
    keys: ["year", "outcome"],
    extra: [],
    counts: ["n"],
    types: { year: "int", outcome: `"Outcome"`, n: "int" },
    select: (f) => `SELECT d."year", d."outcome", count(*)::int AS "n" FROM "draft" d WHERE ${f(`d."id"`)} GROUP BY 1, 2`,
  },
  {
    table: "veto_holder_year",
    keys: ["year", "object_of_vote", "holder", "member_code"],
    extra: ["seat_id"],
    counts: ["n"],
    types: { year: "int", object_of_vote: `"VoteObject"`, holder: "varchar", member_code: "varchar", seat_id: "varchar", n: "int" },
    // Undated vetoes are placed mid-year to find the holder, as in lib/queries/vetoes.ts.
    select: (f) => `
      SELECT v."year", d."object_of_vote", h."id" AS "holder", v."member_code", h."seat_id", count(*)::int AS "n"
      FROM "veto" v
      JOIN "draft" d ON d."id" = v."draft_id"
      JOIN "permanent_seat_holder" h ON h."member_code" = v."member_code"
          AND COALESCE(v."voted_on", make_date(v."year", 7, 1)) >= h."starts_on"
          AND (h."ends_on" IS NULL OR COALESCE(v."voted_on", make_date(v."year", 7, 1)) < h."ends_on")
      WHERE ${f(`v."draft_id"`)}
      GROUP BY 1, 2, 3, 4, 5`,
  },
  {
    table: "veto_topic_year",
    keys: ["year", "object_of_vote", "topic_slug"],
    extra: [],
    counts: ["drafts", "vetoes"],
    types: { year: "int", object_of_vote: `"VoteObject"`, topic_slug: "text", drafts: "int", vetoes: "int" },
    select: (f) => `
      SELECT v."year", d."object_of_vote", dt."topic_slug", count(DISTINCT v."draft_id")::int AS "drafts", count(*)::int AS "vetoes"
      FROM "veto" v
      JOIN "draft" d ON d."id" = v."draft_id"
      JOIN "draft_topic" dt ON dt."draft_id" = v."draft_id"
      WHERE ${f(`v."draft_id"`)}
      GROUP BY 1, 2, 3`,
  },
  {
    table: "member_year_drafts",
    keys: ["member_code", "year", "outcome", "vote", "vetoed"],
    extra: [],
    counts: ["n"],
    types: { member_code: "varchar", year: "int", outcome: `"Outcome"`, vote: "text", vetoed: "boolean", n: "int" },
    // One row per (member, draft): a vote row, a veto row, or both. Filtered inside the FULL JOIN's
    // sides, where the draft id is still an indexed column.
    select: (f) => `
      SELECT COALESCE(v."member_code", x."member_code") AS "member_code", d."year", d."outcome",
             COALESCE(v."vote"::text, '-') AS "vote", (x."draft_id" IS NOT NULL) AS "vetoed", count(*)::int AS "n"
      FROM (SELECT "draft_id", "member_code", "vote" FROM "vote" WHERE ${f(`"draft_id"`)}) v
      FULL JOIN (SELECT "draft_id", "member_code" FROM "veto" WHERE ${f(`"draft_id"`)}) x
          ON x."draft_id" = v."draft_id" AND x."member_code" = v."member_code"
      JOIN "draft" d ON d."id" = COALESCE(v."draft_id", x."draft_id")
      GROUP BY 1, 2, 3, 4, 5`,
  },
  {
    table: "member_agreement",
    keys: ["code", "other"],
    extra: [],
    counts: ["shared", "same", "contested_shared", "contested_same"],
    types: { code: "varchar", other: "varchar", shared: "int", same: "int", contested_shared: "int", contested_same: "int" },
    // For each ordered pair of members: drafts on which both cast Y, N or A, and how many alike; the
    // contested columns count only drafts on which at least one member did not vote yes
    // (20261203130000_member_agreement_contested).
    select: (f) => `
      SELECT s."member_code" AS "code", o."member_code" AS "other",
             count(*)::int AS "shared", (count(*) FILTER (WHERE o."vote" = s."vote"))::int AS "same",
             (count(*) FILTER (WHERE c."draft_id" IS NOT NULL))::int AS "contested_shared",
             (count(*) FILTER (WHERE c."draft_id" IS NOT NULL AND o."vote" = s."vote"))::int AS "contested_same"
      FROM "vote" s
      JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" <> s."member_code" AND o."vote" IN ('Y', 'N', 'A')
      LEFT JOIN (SELECT DISTINCT "draft_id" FROM "vote" WHERE "vote" <> 'Y' AND ${f(`"draft_id"`)}) c ON c."draft_id" = s."draft_id"
      WHERE s."vote" IN ('Y', 'N', 'A') AND ${f(`s."draft_id"`)}
      GROUP BY 1, 2`,
  },
  {
    table: "member_agreement_year",
    keys: ["code", "other", "year"],
    extra: [],
    counts: ["shared", "same", "contested_shared", "contested_same"],
    types: { code: "varchar", other: "varchar", year: "int", shared: "int", same: "int", contested_shared: "int", contested_same: "int" },
    // member_agreement by year of the vote (agreement over time, 20261204100000_member_agreement_year).
    select: (f) => `
      SELECT s."member_code" AS "code", o."member_code" AS "other", d."year",
             count(*)::int AS "shared", (count(*) FILTER (WHERE o."vote" = s."vote"))::int AS "same",
             (count(*) FILTER (WHERE c."draft_id" IS NOT NULL))::int AS "contested_shared",
             (count(*) FILTER (WHERE c."draft_id" IS NOT NULL AND o."vote" = s."vote"))::int AS "contested_same"
      FROM "vote" s
      JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" <> s."member_code" AND o."vote" IN ('Y', 'N', 'A')
      JOIN "draft" d ON d."id" = s."draft_id"
      LEFT JOIN (SELECT DISTINCT "draft_id" FROM "vote" WHERE "vote" <> 'Y' AND ${f(`"draft_id"`)}) c ON c."draft_id" = s."draft_id"
      WHERE s."vote" IN ('Y', 'N', 'A') AND ${f(`s."draft_id"`)}
      GROUP BY 1, 2, 3`,
  },
];

// member_alone (migration 20261204120000_member_alone states the rule): per vote, how many
// members cast the same Y, N or A, and the lowest and highest of their codes (with two, the other one
// is the partner), over complete recorded grids. A window over the drafts' votes: the filter keeps
// whole drafts, so each partition is whole.
const memberAlone = (f: Filter) => `
    SELECT s."member_code", d."id" AS "draft_id", s."vote",
           CASE WHEN s."n" = 2 THEN CASE WHEN s."lo" = s."member_code" THEN s."hi" ELSE s."lo" END END AS "partner",
           d."voted_on", d."year", d."ref"
    FROM (SELECT "draft_id", "member_code", "vote",
                 count(*) OVER w AS "n", min("member_code") OVER w AS "lo", max("member_code") OVER w AS "hi"
          FROM "vote" WHERE "vote" IN ('Y', 'N', 'A') AND ${f(`"draft_id"`)}
          WINDOW w AS (PARTITION BY "draft_id", "vote")) s
    JOIN "draft" d ON d."id" = s."draft_id" AND d."modality" = 'RECORDED_VOTE' AND d."votes_complete"
        AND NOT d."votes_derived" AND d."tally_check" IS DISTINCT FROM 'DISAGREES'
    WHERE s."n" <= 2`;

// member_against, pair_difference and member_alone have one row per draft and member (pair), no
// counts: a write replaces its drafts' rows.
interface Replaced {
  table: string;
  /** The primary key (draft_id among them); then the columns copied from the draft. */
  keys: string[];
  copied: string[];
  /** The rows over the filtered drafts, columns in the order keys, copied. */
  select: (f: Filter) => string;
}

const REPLACED: readonly Replaced[] = [
  {
    table: "member_against",
    keys: ["member_code", "draft_id"],
    copied: ["voted_on", "year", "ref", "vetoed", "veto_date"],
    select: (f) => `
    SELECT COALESCE(v."member_code", x."member_code") AS "member_code", d."id" AS "draft_id", d."voted_on", d."year", d."ref",
           (x."draft_id" IS NOT NULL) AS "vetoed", COALESCE(x."voted_on", make_date(x."year", 7, 1)) AS "veto_date"
    FROM (SELECT "draft_id", "member_code" FROM "vote" WHERE "vote" = 'N' AND ${f(`"draft_id"`)}) v
    FULL JOIN (SELECT "draft_id", "member_code", "voted_on", "year" FROM "veto" WHERE ${f(`"draft_id"`)}) x
        ON x."draft_id" = v."draft_id" AND x."member_code" = v."member_code"
    JOIN "draft" d ON d."id" = COALESCE(v."draft_id", x."draft_id")`,
  },
  {
    table: "pair_difference",
    keys: ["code", "other", "draft_id"],
    copied: ["year", "voted_on", "outcome"],
    // Pairs (code < other) that both cast Y, N or A on the draft and not the same (20261204100000_member_agreement_year).
    select: (f) => `
    SELECT s."member_code" AS "code", o."member_code" AS "other", d."id" AS "draft_id", d."year", d."voted_on", d."outcome"
    FROM "vote" s
    JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" > s."member_code" AND o."vote" IN ('Y', 'N', 'A') AND o."vote" <> s."vote"
    JOIN "draft" d ON d."id" = s."draft_id"
    WHERE s."vote" IN ('Y', 'N', 'A') AND ${f(`s."draft_id"`)}`,
  },
  { table: "member_alone", keys: ["member_code", "draft_id"], copied: ["vote", "partner", "voted_on", "year", "ref"], select: (f) => memberAlone(f) },
];

const q = (c: string) => `"${c}"`;
const list = (cs: readonly string[], prefix = "") => cs.map((c) => prefix + q(c)).join(", ");

/** What some drafts ($1) contribute to every additive summary now, as one JSON object by table. */
const CONTRIBUTIONS_SQL = `SELECT json_build_object(${ADDITIVE.map(
  (s) => `'${s.table}', (SELECT COALESCE(json_agg(r), '[]') FROM (${s.select(someDrafts)}) r)`,
).join(", ")})::text AS "json"`;

/**
 * One summary's upsert, as a CTE of the apply statement: (contribution now) − (contribution before,
 * from $2 by table) added to its rows, taken in key order so that concurrent writers lock them in one
 * order; returns the changed keys with their first count (0: the group is gone).
 */
function upsertCte(s: Additive): string {
  const cols = [...s.keys, ...s.extra];
  const all = [...cols, ...s.counts];
  return `
    INSERT INTO ${q(s.table)} (${list(all)})
    SELECT ${list(cols)}, ${s.counts.map((c) => `sum(${q(c)})::int`).join(", ")}
    FROM (SELECT ${list(all)} FROM (${s.select(someDrafts)}) a
          UNION ALL
          SELECT ${list(cols)}, ${s.counts.map((c) => `-${q(c)}`).join(", ")}
          FROM jsonb_to_recordset($2::jsonb -> '${s.table}') AS b(${all.map((c) => `${q(c)} ${s.types[c]}`).join(", ")})) x
    GROUP BY ${list(cols)}
    HAVING ${s.counts.map((c) => `sum(${q(c)}) <> 0`).join(" OR ")}
    ORDER BY ${list(s.keys)}
    ON CONFLICT (${list(s.keys)}) DO UPDATE SET ${s.counts.map((c) => `${q(c)} = ${q(s.table)}.${q(c)} + EXCLUDED.${q(c)}`).join(", ")}
    RETURNING ${list(s.keys)}, ${q(s.counts[0]!)} AS "count"`;
}

/** One replaced summary's CTEs: its drafts' rows now; rows no longer there deleted, the others upserted (no row is touched twice). */
function replaceCtes(r: Replaced, i: number): string {
  const match = r.keys.map((c) => `n.${q(c)} = t.${q(c)}`).join(" AND ");
  return `
  "r${i}" AS (${r.select(someDrafts)}),
  "r${i}_gone" AS (
    DELETE FROM ${q(r.table)} t WHERE t."draft_id" = ANY($1::int[])
      AND NOT EXISTS (SELECT 1 FROM "r${i}" n WHERE ${match})),
  "r${i}_kept" AS (
    INSERT INTO ${q(r.table)} (${list([...r.keys, ...r.copied])}) SELECT * FROM "r${i}" ORDER BY ${r.keys.map((_, k) => k + 1).join(", ")}
    ON CONFLICT (${list(r.keys)}) DO UPDATE SET ${r.copied.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ")})`;
}

// Every summary in one statement (a save waits for one round trip, not ten): the additive ones in a
// fixed order (the UNION ALL below pulls them in turn), then the replaced ones (member_against,
// pair_difference, member_alone). Returns, by table, the rows whose counts reached 0.
const APPLY_SQL = `
  WITH ${ADDITIVE.map((s, i) => `"u${i}" AS (${upsertCte(s)})`).join(",\n")},
  ${REPLACED.map(replaceCtes).join(",")}
  ${ADDITIVE.map((s, i) => `SELECT '${s.table}' AS "table", to_jsonb(u) AS "row" FROM "u${i}" u WHERE u."count" = 0`).join("\n  UNION ALL ")}`;

/** Deletes the rows ($1, keys as JSON) whose counts reached 0, as the aggregate has no such group. */
const deleteZeroSql = (s: Additive) => `
    DELETE FROM ${q(s.table)} t USING jsonb_to_recordset($1::jsonb) AS z(${s.keys.map((c) => `${q(c)} ${s.types[c]}`).join(", ")})
    WHERE ${s.keys.map((c) => `t.${q(c)} = z.${q(c)}`).join(" AND ")} AND t.${q(s.counts[0]!)} = 0`;

/** The summaries' contents from scratch: after a bulk load, or to compare with (bench, tests). */
export const REBUILD_SUMMARIES_SQL: readonly string[] = [
  ...ADDITIVE.flatMap((s) => [`DELETE FROM ${q(s.table)}`, `INSERT INTO ${q(s.table)} (${list([...s.keys, ...s.extra, ...s.counts])}) ${s.select(allDrafts)}`]),
  ...REPLACED.flatMap((r) => [`DELETE FROM ${q(r.table)}`, `INSERT INTO ${q(r.table)} (${list([...r.keys, ...r.copied])}) ${r.select(allDrafts)}`]),
];

/** What a write's drafts contributed before it changed them (by summary), and which drafts it touches. */
interface Pending {
  ids: Set<number>;
  before: Map<string, unknown[]>;
}
// Keyed by the transaction client: a write records its drafts as it goes (draft-write.ts) and
// applies once, at its end, so each summary's rows are locked once, in key order.
const pendingOf = new WeakMap<object, Pending>();

function pending(tx: Executor): Pending {
  let p = pendingOf.get(tx);
  if (!p) pendingOf.set(tx, (p = { ids: new Set(), before: new Map(ADDITIVE.map((s) => [s.table, []])) }));
  return p;
}

/**
 * Call before changing or deleting drafts, in the write's transaction: locks their rows (in id
 * order; a concurrent writer of the same draft waits, then fails its version check: pass the
 * version read) and notes what they contribute to the summaries now.
 */
export async function summariesBefore(tx: Executor, drafts: readonly { id: number; version?: number }[]): Promise<void> {
  const p = pending(tx);
  const ids = [...new Set(drafts.map((d) => d.id))].filter((id) => !p.ids.has(id));
  if (ids.length === 0) return;
  const locked = await tx.$queryRawUnsafe<{ id: number; version: number }[]>(
    `SELECT "id", "version" FROM "draft" WHERE "id" = ANY($1::int[]) ORDER BY "id" FOR UPDATE`,
    ids,
  );
  // Saved by someone else meanwhile: the caller's version check refuses the write and it rolls back,
  // so what the drafts contribute is not needed (twenty editors saving at once wait less).
  const now = new Map(locked.map((r) => [r.id, r.version]));
  if (drafts.some((d) => d.version !== undefined && now.has(d.id) && now.get(d.id) !== d.version)) return;
  const [{ json }] = await tx.$queryRawUnsafe<[{ json: string }]>(CONTRIBUTIONS_SQL, ids);
  for (const [table, rows] of Object.entries(JSON.parse(json) as Record<string, unknown[]>)) p.before.get(table)!.push(...rows);
  for (const id of ids) p.ids.add(id);
}

/** Call for drafts created by the write (they contributed nothing before). */
export function summariesCreated(tx: Executor, draftIds: readonly number[]): void {
  const p = pending(tx);
  for (const id of draftIds) p.ids.add(id);
}

/**
 * At the end of the write's transaction: every summary changes by what the write's drafts
 * contribute now minus what they contributed before. Summaries in a fixed order, rows in key order.
 */
export async function applySummaries(tx: Executor): Promise<void> {
  const p = pendingOf.get(tx);
  pendingOf.delete(tx);
  if (!p || p.ids.size === 0) return;
  const ids = [...p.ids].sort((a, b) => a - b);
  const zero = await tx.$queryRawUnsafe<{ table: string; row: unknown }[]>(APPLY_SQL, ids, JSON.stringify(Object.fromEntries(p.before)));
  for (const s of ADDITIVE) {
    const rows = zero.filter((z) => z.table === s.table).map((z) => z.row);
    if (rows.length > 0) await tx.$executeRawUnsafe(deleteZeroSql(s), JSON.stringify(rows));
  }
}

/** After a bulk load (the seed, an import of an export, the bench's scale data): everything from scratch. */
export async function rebuildSummaries(tx: Pick<Executor, "$executeRawUnsafe">): Promise<void> {
  for (const sql of REBUILD_SUMMARIES_SQL) await tx.$executeRawUnsafe(sql);
}
