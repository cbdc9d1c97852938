import "server-only";
import { cache } from "react";
import { db, Prisma } from "@/lib/db";
import { HOLDER_KEYS } from "@/lib/council/seats";
import { sortRows, type SortOrder } from "@/lib/validations/view-params";
import { vetoCountCondition } from "@/lib/queries/vote-kinds";
import { enoughSharedFirst } from "@/lib/agreement";

// Read functions for /countries and /countries/<ISO3>. Everything is counted in SQL; the only
// work done in JavaScript is sorting a few hundred rows by the reader's collation (Thai names).
// Vetoes are counted and listed as the UN Library counts them (lib/council/rules.ts).
const COUNTED = vetoCountCondition("library");

export type VoteKind = "Y" | "N" | "A" | "X";
export const VOTE_KINDS: readonly VoteKind[] = ["Y", "N", "A", "X"];

/** The veto list's date, or 1 July of its year for the few undated rows (enough to pick the holder). */
const VETO_DATE = Prisma.sql`coalesce(v.voted_on, make_date(v.year, 7, 1))`;
const HOLDER_JOIN = Prisma.sql`
  LEFT JOIN permanent_seat_holder h ON h.member_code = v.member_code
    AND ${VETO_DATE} >= h.starts_on AND (h.ends_on IS NULL OR ${VETO_DATE} < h.ends_on)`;

// ---------------------------------------------------------------------------------------------
// /countries

export interface CouncilMemberRow {
  code: string;
  nameEn: string;
  nameTh: string;
  region: string | null;
  dissolved: boolean;
  /** Years on the Council (one council_seat row per year). */
  years: number;
  firstYear: number;
  lastYear: number;
  permanent: boolean;
  /** Vetoes cast under this code (0 for elected members). */
  vetoes: number;
}

export const COUNTRY_SORTS = {
  name: "asc",
  region: "asc",
  years: "desc",
  first: "asc",
  last: "desc",
  vetoes: "desc",
} as const satisfies Record<string, SortOrder>;
export type CountrySort = keyof typeof COUNTRY_SORTS;

/**
 * Every state that has sat on the Council (from council_seat), with its years and vetoes; with
 * `year`, only the members of that year. One query.
 */
export async function getCouncilMembers(opts: { year?: number; sort?: CountrySort; order?: SortOrder; locale?: string } = {}): Promise<CouncilMemberRow[]> {
  const { year, sort = "name", order = COUNTRY_SORTS[sort], locale = "en" } = opts;
  const rows = await db.$queryRaw<CouncilMemberRow[]>(Prisma.sql`
    SELECT m.code, m.name_en AS "nameEn", m.name_th AS "nameTh", m.region, m.dissolved,
           count(*)::int AS years, min(s.year)::int AS "firstYear", max(s.year)::int AS "lastYear",
           bool_or(s.permanent) AS permanent,
           coalesce(max(vc.n), 0)::int AS vetoes
    FROM council_seat s
    JOIN member_state m ON m.code = s.member_code
    LEFT JOIN (SELECT v.member_code, count(*) AS n FROM veto v JOIN draft d ON d.id = v.draft_id WHERE ${COUNTED} GROUP BY v.member_code) vc
      ON vc.member_code = s.member_code
    GROUP BY m.code
    ${year === undefined ? Prisma.empty : Prisma.sql`HAVING bool_or(s.year = ${year})`}`);
  const name = (r: CouncilMemberRow) => (locale === "th" ? r.nameTh || r.nameEn : r.nameEn);
  const value: Record<CountrySort, (r: CouncilMemberRow) => string | number | null> = {
    name,
    region: (r) => r.region,
    years: (r) => r.years,
    first: (r) => r.firstYear,
    last: (r) => r.lastYear,
    vetoes: (r) => r.vetoes,
  };
  return sortRows(rows, value[sort], order, locale, name);
}

// ---------------------------------------------------------------------------------------------
// /countries/<ISO3>

export interface SeatTerm {
  firstYear: number;
  lastYear: number;
  /** First and last day on the Council (ISO); not 1 Jan / 31 Dec for successions within a year. */
  startsOn: string;
  endsOn: string;
  years: number;
  permanent: boolean;
  /** Names the state sat under in those years (e.g. "Zaire", "Democratic Republic of the Congo"). */
  names: string[];
}

export interface CountryProfile {
  code: string;
  nameEn: string;
  nameTh: string;
  region: string | null;
  dissolved: boolean;
  terms: SeatTerm[];
  /**
   * Drafts by the state's vote (every kind present, 0 when none). N counts the drafts it voted
   * against: its recorded negative votes plus vetoes known only from the veto lists, so that each
   * figure is the number of rows its list shows (lib/country-links.ts).
   */
  votes: Record<VoteKind, number>;
  totalVotes: number;
  /** Of `votes.N`, the vetoes known only from the veto lists (no recorded vote). */
  vetoOnly: number;
  /** Vetoes cast, counted as the UN Library counts them (the vetoes section and the veto list). */
  vetoes: number;
}

/**
 * One state with its seats grouped into terms (runs of consecutive years with the same status)
 * and its votes counted by kind. One query; `cache` shares it between the page and its metadata.
 */
export const getCountryProfile = cache(async (code: string): Promise<CountryProfile | null> => {
  const rows = await db.$queryRaw<
    (Omit<CountryProfile, "votes" | "totalVotes"> & { votes: Partial<Record<VoteKind, number>>; recordedN: number })[]
  >(Prisma.sql`
    SELECT m.code, m.name_en AS "nameEn", m.name_th AS "nameTh", m.region, m.dissolved,
      (SELECT coalesce(json_agg(t ORDER BY t."firstYear"), '[]'::json) FROM (
         SELECT min(year) AS "firstYear", max(year) AS "lastYear", count(*)::int AS years, permanent,
                to_char(min(starts_on), 'YYYY-MM-DD') AS "startsOn", to_char(max(ends_on), 'YYYY-MM-DD') AS "endsOn",
                array_agg(DISTINCT name_at_time ORDER BY name_at_time) AS names
         FROM (SELECT year, permanent, name_at_time, starts_on, ends_on,
                      year - row_number() OVER (PARTITION BY permanent ORDER BY year) AS run
               FROM council_seat WHERE member_code = m.code) s
         GROUP BY permanent, run) t) AS terms,
      (SELECT coalesce(json_object_agg(c.vote, c.n), '{}'::json) FROM (
         SELECT vote::text AS vote, count(*)::int AS n FROM vote WHERE member_code = m.code AND vote <> 'N' GROUP BY vote
         UNION ALL -- read summary (lib/db/summaries.ts): negative votes and vetoes, one row per draft
         SELECT 'N', count(*)::int FROM member_against WHERE member_code = m.code) c) AS votes,
      (SELECT count(*)::int FROM vote WHERE member_code = m.code AND vote = 'N') AS "recordedN",
      (${countVetoesSql(Prisma.sql`m.code`)})::int AS vetoes
    FROM member_state m
    WHERE m.code = ${code}`);
  const row = rows[0];
  if (!row) return null;
  const { recordedN, ...rest } = row;
  const votes = Object.fromEntries(VOTE_KINDS.map((k) => [k, row.votes[k] ?? 0])) as Record<VoteKind, number>;
  return { ...rest, votes, totalVotes: VOTE_KINDS.reduce((sum, k) => sum + votes[k], 0), vetoOnly: votes.N - recordedN };
});

/** The fields every list of drafts shows (date, symbol or ref, subject). */
export interface DraftSummary {
  ref: string;
  symbol: string | null;
  /** ISO date, or null when the sources give only the year. */
  votedOn: string | null;
  year: number;
  title: string | null;
}

export interface CountryVeto extends DraftSummary {
  objectOfVote: "DRAFT" | "AMENDMENT" | "PARAGRAPH" | "PRELIMINARY_QUESTION" | "PROCEDURAL_MOTION";
  /** Holder of the permanent seat at the time: ROC/PRC for CHN, SUN, RUS... */
  holder: string | null;
}

export interface VetoTimeline {
  /** Seat holders with vetoes in the series (ROC and PRC for CHN; one holder otherwise). */
  holders: string[];
  /** Every year from the first veto to the last (gaps filled with no counts). */
  years: { year: number; counts: Record<string, number> }[];
}

export const COUNTRY_VETOES_PAGE_SIZE = 50;

/**
 * The vetoes cast under a code, newest first, each with the seat holder at the time; one page at
 * a time, `total` counts them all (the timeline chart has its own aggregate query). The page is
 * a range of the member_against summary's veto order (lib/db/summaries.ts), so any page costs
 * the same: sorting all of a member's vetoes took 80 ms for USA (8.8k) at 100x.
 */
export async function getCountryVetoes(
  code: string,
  { page = 1, pageSize = COUNTRY_VETOES_PAGE_SIZE }: { page?: number; pageSize?: number } = {},
): Promise<{ total: number; rows: CountryVeto[] }> {
  const rows = await db.$queryRaw<(CountryVeto & { total: number })[]>(Prisma.sql`
    SELECT d.ref, d.symbol, to_char(v.voted_on, 'YYYY-MM-DD') AS "votedOn", v.year, coalesce(d.title, d.agenda_item) AS title,
           d.object_of_vote::text AS "objectOfVote", h.id AS holder,
           (${countVetoesSql(code)})::int AS total
    FROM (SELECT draft_id, veto_date, ref FROM member_against a -- read summary (lib/db/summaries.ts)
          WHERE member_code = ${code} AND vetoed AND EXISTS (SELECT 1 FROM draft d WHERE d.id = a.draft_id AND ${COUNTED})
          ORDER BY veto_date DESC, ref
          LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) a
    JOIN veto v ON v.draft_id = a.draft_id AND v.member_code = ${code}
    JOIN draft d ON d.id = a.draft_id
    ${HOLDER_JOIN}
    ORDER BY a.veto_date DESC, a.ref`);
  return {
    total: rows[0]?.total ?? (page > 1 ? await countCountryVetoes(code) : 0),
    rows: rows.map(({ total: _total, ...r }) => r),
  };
}

function countVetoesSql(code: string | Prisma.Sql) {
  return Prisma.sql`SELECT count(*) FROM veto v JOIN draft d ON d.id = v.draft_id WHERE v.member_code = ${code} AND ${COUNTED}`;
}

// Only reached for a page past the end.
async function countCountryVetoes(code: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT (${countVetoesSql(code)})::int AS n`);
  return row?.n ?? 0;
}

/** Vetoes per year and seat holder, for the timeline chart; years without vetoes are filled in SQL. */
export async function getCountryVetoTimeline(code: string): Promise<VetoTimeline> {
  const years = await db.$queryRaw<VetoTimeline["years"]>(Prisma.sql`
    WITH c AS (
      SELECT v.year, coalesce(h.id, v.member_code) AS holder, count(*)::int AS n
      FROM veto v
      JOIN draft d ON d.id = v.draft_id
      ${HOLDER_JOIN}
      WHERE v.member_code = ${code} AND ${COUNTED}
      GROUP BY 1, 2
    )
    SELECT y.year::int AS year,
           coalesce(json_object_agg(c.holder, c.n) FILTER (WHERE c.holder IS NOT NULL), '{}'::json) AS counts
    FROM generate_series((SELECT min(year) FROM c), (SELECT max(year) FROM c)) AS y(year)
    LEFT JOIN c ON c.year = y.year
    GROUP BY y.year
    ORDER BY y.year`);
  const present = new Set(years.flatMap((y) => Object.keys(y.counts)));
  const holders = [...HOLDER_KEYS.filter((k) => present.has(k)), ...[...present].filter((k) => !(HOLDER_KEYS as readonly string[]).includes(k))];
  return { holders, years };
}

export interface DraftVotedAgainst extends DraftSummary {
  outcome: "ADOPTED" | "VETOED" | "FAILED";
  /** This state's negative vote was a veto. */
  veto: boolean;
}

/**
 * Drafts the state voted against: its N votes, plus vetoes known only from the veto lists (no
 * member-by-member grid). Newest first, one page at a time; `total` counts them all. Both come
 * from the member_against summary (lib/db/summaries.ts), which keeps the drafts' sort keys: a
 * page is a range of its index, where the plain UNION joined to `draft` sorted all of a member's
 * rows (11k for USA at 100x) for every page.
 */
export async function getDraftsVotedAgainst(
  code: string,
  { page = 1, pageSize = 25 }: { page?: number; pageSize?: number } = {},
): Promise<{ total: number; rows: DraftVotedAgainst[] }> {
  const rows = await db.$queryRaw<(DraftVotedAgainst & { total: number })[]>(Prisma.sql`
    SELECT d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS "votedOn", d.year, coalesce(d.title, d.agenda_item) AS title,
           d.outcome::text AS outcome, a.vetoed AS veto,
           (SELECT count(*) FROM member_against WHERE member_code = ${code})::int AS total
    FROM (SELECT draft_id, vetoed, voted_on, year, ref FROM member_against -- read summary (lib/db/summaries.ts)
          WHERE member_code = ${code}
          ORDER BY voted_on DESC NULLS LAST, year DESC, ref
          LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) a
    JOIN draft d ON d.id = a.draft_id
    ORDER BY a.voted_on DESC NULLS LAST, a.year DESC, a.ref`);
  return {
    total: rows[0]?.total ?? (page > 1 ? await countDraftsVotedAgainst(code) : 0),
    rows: rows.map(({ total: _total, ...r }) => r),
  };
}

// Only reached for a page past the end (the page query then returns no row to carry the total).
async function countDraftsVotedAgainst(code: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM member_against WHERE member_code = ${code}`);
  return row?.n ?? 0;
}

export interface AgreementRow {
  code: string;
  nameEn: string;
  nameTh: string;
  /** Drafts on which both cast Y, N or A (contested ones only when asked). */
  shared: number;
  /** Of those, drafts on which both cast the same vote. */
  same: number;
  /** same / shared in percent, one decimal. */
  agreement: number;
}

export const AGREEMENT_SORTS = { agreement: "desc", name: "asc", shared: "desc" } as const satisfies Record<string, SortOrder>;
export type AgreementSort = keyof typeof AGREEMENT_SORTS;

/**
 * How often this state voted the same way as each other member, over the drafts both voted on;
 * with `contested`, over the drafts on which at least one member did not vote yes (unanimous
 * votes make every pair agree). Non-participation (X) is excluded on either side: a draft counts
 * only when both cast Y, N or A. The pair counts come from the member_agreement summary (a
 * self-join of `vote` kept by lib/db/summaries.ts): the plain self-join reads every pair of
 * votes, about 1 s at 100x volume (the contested one 96 ms for USA at 1x).
 * Pairs with fewer than MIN_SHARED_VOTES (lib/agreement.ts) come after the others by agreement.
 */
export async function getVotingAgreement(
  code: string,
  opts: { sort?: AgreementSort; order?: SortOrder; locale?: string; contested?: boolean } = {},
): Promise<AgreementRow[]> {
  const { sort = "agreement", order = AGREEMENT_SORTS[sort], locale = "en", contested = false } = opts;
  const shared = Prisma.raw(contested ? "a.contested_shared" : "a.shared");
  const same = Prisma.raw(contested ? "a.contested_same" : "a.same");
  const rows = await db.$queryRaw<AgreementRow[]>(Prisma.sql`
    SELECT a.other AS code, m.name_en AS "nameEn", m.name_th AS "nameTh", ${shared} AS shared, ${same} AS same,
           round(100.0 * ${same} / ${shared}, 1)::float8 AS agreement
    FROM member_agreement a -- read summary (lib/db/summaries.ts)
    JOIN member_state m ON m.code = a.other
    WHERE a.code = ${code} AND ${shared} > 0`);
  const name = (r: AgreementRow) => (locale === "th" ? r.nameTh || r.nameEn : r.nameEn);
  const value: Record<AgreementSort, (r: AgreementRow) => string | number> = {
    agreement: (r) => r.agreement,
    name,
    shared: (r) => r.shared,
  };
  const sorted = sortRows(rows, value[sort], order, locale, name);
  return sort === "agreement" ? enoughSharedFirst(sorted) : sorted;
}

// ---------------------------------------------------------------------------------------------
// Alone or nearly alone

export interface AloneVote extends DraftSummary {
  objectOfVote: CountryVeto["objectOfVote"];
  procedural: boolean;
  outcome: "ADOPTED" | "VETOED" | "FAILED";
  /** This member's vote. */
  vote: "Y" | "N" | "A";
  /** The one other member that cast the same vote; null when the member stood alone. */
  partner: { code: string; nameEn: string; nameTh: string } | null;
}

export interface AloneVotes {
  /** Votes in the period on which the member stood alone or with one other (the list's length). */
  total: number;
  /** Of those, alone. */
  alone: number;
  rows: AloneVote[];
}

export const ALONE_PAGE_SIZE = 25;

/**
 * The votes on which this member's Y, N or A was cast by no other member, or by exactly one (named),
 * newest first, one page at a time, within a year range. The rule (complete recorded grids only;
 * non-participation is no position) is the member_alone summary's (lib/db/summaries.ts, migration
 * 20261204120000_member_alone); a page is a range of its index, the counts an index-only scan of
 * the member's rows.
 */
export async function getMemberAlone(
  code: string,
  { page = 1, pageSize = ALONE_PAGE_SIZE, from, to }: { page?: number; pageSize?: number; from?: number; to?: number } = {},
): Promise<AloneVotes> {
  const years = Prisma.sql`${from === undefined ? Prisma.empty : Prisma.sql`AND year >= ${from}`} ${to === undefined ? Prisma.empty : Prisma.sql`AND year <= ${to}`}`;
  const [counts] = await db.$queryRaw<{ total: number; alone: number }[]>(Prisma.sql`
    SELECT count(*)::int AS total, (count(*) FILTER (WHERE partner IS NULL))::int AS alone
    FROM member_alone WHERE member_code = ${code} ${years}`);
  const total = counts?.total ?? 0;
  if (total === 0 || (page - 1) * pageSize >= total) return { total, alone: counts?.alone ?? 0, rows: [] };
  const rows = await db.$queryRaw<AloneVote[]>(Prisma.sql`
    SELECT d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS "votedOn", d.year, coalesce(d.title, d.agenda_item) AS title,
           d.object_of_vote::text AS "objectOfVote", d.procedural, d.outcome::text AS outcome, a.vote::text AS vote,
           CASE WHEN p.code IS NULL THEN NULL ELSE json_build_object('code', p.code, 'nameEn', p.name_en, 'nameTh', p.name_th) END AS partner
    FROM (SELECT draft_id, vote, partner, voted_on, year, ref FROM member_alone -- read summary (lib/db/summaries.ts)
          WHERE member_code = ${code} ${years}
          ORDER BY voted_on DESC NULLS LAST, year DESC, ref
          LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) a
    JOIN draft d ON d.id = a.draft_id
    LEFT JOIN member_state p ON p.code = a.partner
    ORDER BY a.voted_on DESC NULLS LAST, a.year DESC, a.ref`);
  return { total, alone: counts!.alone, rows };
}
