import "server-only";
import { db, Prisma } from "@/lib/db";
import { toIsoDate, type Outcome } from "@/lib/council/rules";
import { draftWhere } from "@/lib/queries/draft-where";
import { kindOfVoteCondition } from "@/lib/queries/vote-kinds";
import { searchSql } from "@/lib/queries/search";
import { effectiveSort, type DraftFilters } from "@/lib/validations/filters";

// Read side of /resolutions: the filtered, paged list (one draft's page: draft-detail.ts).

export const DRAFTS_PAGE_SIZE = 50;

export type VoteModality = "RECORDED_VOTE" | "WITHOUT_VOTE" | "NO_ROLL_CALL";
export type VoteObject = "DRAFT" | "AMENDMENT" | "PARAGRAPH" | "PRELIMINARY_QUESTION" | "PROCEDURAL_MOTION";

export interface DraftTally {
  yes: number;
  no: number;
  abstain: number;
  nonVoting: number | null;
}

export interface MemberName {
  member: string;
  nameEn: string;
  nameTh: string;
}

/** What a list row and a draft's page both show. */
export interface DraftListRow {
  ref: string;
  symbol: string | null;
  /** ISO date "YYYY-MM-DD"; null for the few undated votes (then only `year` is known). */
  date: string | null;
  year: number;
  title: string | null;
  agendaItem: string | null;
  objectOfVote: VoteObject;
  modality: VoteModality;
  outcome: Outcome;
  resolutionNumber: number | null;
  tally: DraftTally | null;
  vetoes: MemberName[];
}

export interface DraftList {
  rows: DraftListRow[];
  total: number;
  page: number;
  pageSize: number;
}

export function tallyOf(d: { yesCount: number | null; noCount: number | null; abstainCount: number | null; nonVotingCount: number | null }): DraftTally | null {
  if (d.yesCount === null) return null;
  return { yes: d.yesCount, no: d.noCount ?? 0, abstain: d.abstainCount ?? 0, nonVoting: d.nonVotingCount };
}

const isoOrNull = (d: Date | null) => (d ? toIsoDate(d) : null);

function orderFor(sort: DraftFilters["sort"]): Prisma.DraftOrderByWithRelationInput[] {
  switch (sort) {
    case "date-asc":
      return [{ year: "asc" }, { votedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }];
    case "symbol":
      return [{ ref: "asc" }];
    default: // relevance without a search: newest first
      return [{ year: "desc" }, { votedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }];
  }
}

/** The columns a list row needs, as the page queries return them (counts not yet a tally, vetoes apart). */
interface DraftPageRow extends Omit<DraftListRow, "tally" | "vetoes"> {
  id: number;
  yesCount: number | null;
  noCount: number | null;
  abstainCount: number | null;
  nonVotingCount: number | null;
  /** The search's relevance, in a page ordered by it. */
  rank?: number;
}

/**
 * One page of drafts matching the URL filters, with the total: the count and the page run in
 * parallel, then one query fetches the page's vetoing members (never a query per row). With a
 * country filter or a search the page is the hand-written sqlPage() below; otherwise Prisma's findMany.
 */
export async function listDrafts(filters: DraftFilters, pageSize: number = DRAFTS_PAGE_SIZE): Promise<DraftList> {
  const page = filters.page ?? 1;
  const { q, ...rest } = filters;
  const sql = filters.country || q ? sqlFilter(filters) : null;
  const [total, drafts] = await Promise.all([
    countFromSummary(filters) ?? (q ? sql!.then(sqlCount) : db.draft.count({ where: draftWhere(rest) })),
    sql ? sql.then((s) => sqlPage(s, filters.sort, page, pageSize)) : prismaPage(draftWhere(rest), filters.sort, page, pageSize),
  ]);
  return { total, page, pageSize, rows: await withVetoes(drafts) };
}

/** The number of drafts matching the filters (as listDrafts counts them). */
export async function countDrafts(filters: DraftFilters): Promise<number> {
  const { q, ...rest } = filters;
  return countFromSummary(filters) ?? (q ? sqlCount(await sqlFilter(filters)) : db.draft.count({ where: draftWhere(rest) }));
}

/** The page rows as list rows, with their vetoing members fetched in one query (never a query per row). */
async function withVetoes(drafts: DraftPageRow[]): Promise<DraftListRow[]> {
  const ids = drafts.map((d) => d.id);
  const vetoes = ids.length
    ? await db.$queryRaw<(MemberName & { draftId: number })[]>`
        SELECT v.draft_id AS "draftId", v.member_code AS member, m.name_en AS "nameEn", m.name_th AS "nameTh"
        FROM veto v JOIN member_state m ON m.code = v.member_code
        WHERE v.draft_id = ANY(${ids}::int[])
        ORDER BY v.member_code`
    : [];
  return drafts.map((d) => ({
    ref: d.ref,
    symbol: d.symbol,
    date: d.date,
    year: d.year,
    title: d.title,
    agendaItem: d.agendaItem,
    objectOfVote: d.objectOfVote,
    modality: d.modality,
    outcome: d.outcome,
    resolutionNumber: d.resolutionNumber,
    tally: tallyOf(d),
    vetoes: vetoes.filter((v) => v.draftId === d.id).map(({ draftId: _, ...v }) => v),
  }));
}

/**
 * Where a list sorted one way stands: the sort key and id of a row (GET /api/v1/drafts' cursor,
 * lib/api/v1/cursor.ts). `relevance` only with a search; without one, newest first is `date-desc`.
 */
export type DraftKey =
  | { sort: "date-desc" | "date-asc"; year: number; date: string | null; id: number }
  | { sort: "relevance"; rank: number; year: number; date: string | null; id: number }
  | { sort: "symbol"; ref: string };

export interface DraftKeysetPage {
  rows: DraftListRow[];
  /** The key of the last row when more rows follow, else null. */
  next: DraftKey | null;
}

/**
 * Up to `limit` drafts matching the filters after `after` (from the start when null), in the
 * list's order (effectiveSort). The same filters and order as the list's SQL page (sqlPage), with
 * a keyset condition instead of an offset: stable while drafts are added or removed.
 */
export async function listDraftsAfter(filters: DraftFilters, after: DraftKey | null, limit: number): Promise<DraftKeysetPage> {
  const sort = effectiveSort(filters);
  if (after && after.sort !== sort) throw new Error(`A ${after.sort} key cannot continue a list sorted by ${sort}.`);
  const s = await sqlFilter(filters);
  const byRank = s.rank !== null && sort === "relevance";
  const filter = after ? { ...s, where: Prisma.sql`${s.where} AND ${afterKey(after, s.rank)}` } : s;
  const drafts = await sqlPage(filter, byRank ? "relevance" : sort, 1, limit + 1);
  const more = drafts.length > limit;
  const page = more ? drafts.slice(0, limit) : drafts;
  const last = page[page.length - 1];
  let next: DraftKey | null = null;
  if (more && last) {
    if (sort === "symbol") next = { sort, ref: last.ref };
    else if (sort === "relevance") next = { sort, rank: Number(last.rank ?? 0), year: last.year, date: last.date, id: last.id };
    else next = { sort, year: last.year, date: last.date, id: last.id };
  }
  return { rows: await withVetoes(page), next };
}

/** The rows after `k` in its order (as sqlPage orders them: year, voted_on, id; ref; rank first). */
function afterKey(k: DraftKey, rank: Prisma.Sql | null): Prisma.Sql {
  if (k.sort === "symbol") return Prisma.sql`d.ref > ${k.ref}`;
  const date = k.date === null ? null : Prisma.sql`${k.date}::date`;
  // Newest first puts undated votes last in their year; oldest first puts them first.
  const sameYearAfter =
    k.sort === "date-asc"
      ? date === null
        ? Prisma.sql`(d.voted_on IS NOT NULL OR d.id > ${k.id})`
        : Prisma.sql`(d.voted_on > ${date} OR (d.voted_on = ${date} AND d.id > ${k.id}))`
      : date === null
        ? Prisma.sql`(d.voted_on IS NULL AND d.id < ${k.id})`
        : Prisma.sql`(d.voted_on < ${date} OR d.voted_on IS NULL OR (d.voted_on = ${date} AND d.id < ${k.id}))`;
  const byDate =
    k.sort === "date-asc"
      ? Prisma.sql`(d.year > ${k.year} OR (d.year = ${k.year} AND ${sameYearAfter}))`
      : Prisma.sql`(d.year < ${k.year} OR (d.year = ${k.year} AND ${sameYearAfter}))`;
  if (k.sort !== "relevance" || rank === null) return byDate;
  return Prisma.sql`((${rank})::float8 < ${k.rank}::float8 OR ((${rank})::float8 = ${k.rank}::float8 AND ${byDate}))`;
}

async function prismaPage(where: Prisma.DraftWhereInput, sort: DraftFilters["sort"], page: number, pageSize: number): Promise<DraftPageRow[]> {
  const rows = await db.draft.findMany({
    where,
    orderBy: orderFor(sort),
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      ref: true,
      symbol: true,
      votedOn: true,
      year: true,
      title: true,
      agendaItem: true,
      objectOfVote: true,
      modality: true,
      outcome: true,
      resolutionNumber: true,
      yesCount: true,
      noCount: true,
      abstainCount: true,
      nonVotingCount: true,
    },
  });
  return rows.map(({ votedOn, ...d }) => ({ ...d, date: isoOrNull(votedOn) }));
}

/** The URL filters as SQL on `d` (and the member's vote `mv` when a country is chosen), the search's rank with them. */
interface SqlFilter {
  from: Prisma.Sql;
  where: Prisma.Sql;
  rank: Prisma.Sql | null;
}

async function sqlFilter(f: DraftFilters): Promise<SqlFilter> {
  const and: Prisma.Sql[] = [];
  if (f.country)
    // A veto counts as taking part (any vote) and as voting against, as in draftWhere().
    and.push(
      !f.vote || f.vote === "N"
        ? Prisma.sql`(mv.draft_id IS NOT NULL OR EXISTS (SELECT 1 FROM veto mx WHERE mx.draft_id = d.id AND mx.member_code = ${f.country}))`
        : Prisma.sql`mv.draft_id IS NOT NULL`,
    );
  if (f.vetoedBy) and.push(Prisma.sql`EXISTS (SELECT 1 FROM veto vb WHERE vb.draft_id = d.id AND vb.member_code = ${f.vetoedBy})`);
  if (f.topic) and.push(Prisma.sql`EXISTS (SELECT 1 FROM draft_topic tx WHERE tx.draft_id = d.id AND tx.topic_slug = ${f.topic})`);
  if (f.from !== undefined) and.push(Prisma.sql`d.year >= ${f.from}`);
  if (f.to !== undefined) and.push(Prisma.sql`d.year <= ${f.to}`);
  if (f.outcome) and.push(Prisma.sql`d.outcome = ${f.outcome.toUpperCase()}::"Outcome"`);
  if (f.kind) and.push(kindOfVoteCondition(f.kind));
  const search = f.q ? await searchSql(f.q) : null;
  if (search) and.push(search.where);
  const from = f.country
    ? Prisma.sql`draft d LEFT JOIN vote mv ON mv.draft_id = d.id AND mv.member_code = ${f.country}${f.vote ? Prisma.sql` AND mv.vote = ${f.vote}::"VoteCast"` : Prisma.empty}`
    : Prisma.sql`draft d`;
  return { from, where: and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`, rank: search ? search.rank : null };
}

async function sqlCount(s: SqlFilter): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${s.from} WHERE ${s.where}`;
  return rows[0]?.n ?? 0;
}

/**
 * A page in SQL: the same filters as draftWhere() and the same order as orderFor()
 * (tests/integration/draft-queries.test.ts compares the two on many combinations); with a search
 * and no sort asked, the most relevant first and the newest first among equals.
 * Prisma writes the country filter as `EXISTS (vote) OR EXISTS (veto)`, which PostgreSQL runs as
 * hashed subplans: all of the member's votes (210k for RUS at 100x) are read before the first row.
 * Here the member's vote is a LEFT JOIN on vote's primary key, so the planner can walk the drafts
 * in list order (index draft(year, voted_on NULLS FIRST, id), read backwards for newest first)
 * and probe one vote per draft until the page is full (page 1 of RUS from 2000 at 100x: 50 drafts
 * read, under 3 ms, was 100–260 ms). For a member with few votes, or a deep page, it still joins
 * the member's votes first and sorts (bench/results/plans/list-pages-deep-100x.txt).
 */
async function sqlPage(s: SqlFilter, sort: DraftFilters["sort"], page: number, pageSize: number): Promise<DraftPageRow[]> {
  const byRank = s.rank !== null && (!sort || sort === "relevance");
  // The inner query orders and skips only the sort keys (an index-only walk, or a narrow sort for
  // a deep page); the page's drafts are read whole afterwards.
  const keys = byRank
    ? Prisma.sql`d.id, d.year, d.voted_on, (${s.rank})::float8 AS rank`
    : sort === "symbol"
      ? Prisma.sql`d.id, d.ref`
      : Prisma.sql`d.id, d.year, d.voted_on`;
  const order = (t: "d" | "p") => {
    const c = (column: string) => Prisma.raw(`${t}.${column}`);
    const newest = Prisma.sql`${c("year")} DESC, ${c("voted_on")} DESC NULLS LAST, ${c("id")} DESC`;
    if (byRank) return Prisma.sql`${t === "d" ? Prisma.sql`rank` : c("rank")} DESC, ${newest}`;
    return sort === "date-asc"
      ? Prisma.sql`${c("year")} ASC, ${c("voted_on")} ASC NULLS FIRST, ${c("id")} ASC`
      : sort === "symbol"
        ? Prisma.sql`${c("ref")} ASC`
        : newest;
  };
  return db.$queryRaw<DraftPageRow[]>`
    SELECT d.id, d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS date, d.year, d.title, d.agenda_item AS "agendaItem",
           d.object_of_vote::text AS "objectOfVote", d.modality::text AS modality, d.outcome::text AS outcome,
           d.resolution_number AS "resolutionNumber", d.yes_count AS "yesCount", d.no_count AS "noCount",
           d.abstain_count AS "abstainCount", d.non_voting_count AS "nonVotingCount"${byRank ? Prisma.sql`, p.rank` : Prisma.empty}
    FROM (
      SELECT ${keys}
      FROM ${s.from}
      WHERE ${s.where}
      ORDER BY ${order("d")}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    ) p
    JOIN draft d ON d.id = p.id
    ORDER BY ${order("p")}`;
}

/**
 * The total for a country filter (with vote, years and outcome) from the member_year_drafts
 * summary (lib/db/summaries.ts), the same rule as draftWhere: the member voted (that way), or —
 * for "any vote" and "against" — vetoed. Null when other filters apply (then the plain count).
 */
function countFromSummary(f: DraftFilters): Promise<number> | null {
  if (!f.country || f.vetoedBy || f.topic || f.q || f.kind) return null;
  const and: Prisma.Sql[] = [Prisma.sql`member_code = ${f.country}`];
  if (f.vote === "N") and.push(Prisma.sql`(vote = 'N' OR vetoed)`);
  else if (f.vote) and.push(Prisma.sql`vote = ${f.vote}`);
  if (f.from !== undefined) and.push(Prisma.sql`year >= ${f.from}`);
  if (f.to !== undefined) and.push(Prisma.sql`year <= ${f.to}`);
  if (f.outcome) and.push(Prisma.sql`outcome = ${f.outcome.toUpperCase()}::"Outcome"`);
  return db.$queryRaw<{ n: number }[]>`SELECT COALESCE(sum(n), 0)::int AS n FROM member_year_drafts WHERE ${Prisma.join(and, " AND ")}`.then(
    (rows) => rows[0]?.n ?? 0,
  );
}
