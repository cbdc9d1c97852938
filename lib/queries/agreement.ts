import "server-only";
import { db, Prisma } from "@/lib/db";
import type { DraftFilters } from "@/lib/validations/filters";
import type { VoteKind } from "@/lib/queries/countries";
import { memberPairs } from "@/lib/agreement";

// Agreement over time (issue 14): the share of drafts on which two members voted alike, per year of
// the vote, from the member_agreement_year summary (lib/db/summaries.ts) — the same counting rule as
// the whole-period table: a draft counts for a pair when both cast Y, N or A; "contested" drafts are
// those on which at least one member did not vote yes (N, A or X in the roll call).

export interface PairYear {
  code: string;
  other: string;
  year: number;
  /** Drafts both voted on that year (contested ones only when asked). */
  shared: number;
  /** Of those, drafts on which both cast the same vote. */
  same: number;
}

/**
 * Yearly counts of the given pairs (code, other), all votes or contested only, within the years;
 * years in which a pair shared no vote have no row.
 */
export async function getAgreementByYear(
  pairs: readonly (readonly [string, string])[],
  opts: { contested?: boolean; from?: number; to?: number } = {},
): Promise<PairYear[]> {
  if (pairs.length === 0) return [];
  const { contested = false, from, to } = opts;
  const shared = Prisma.raw(contested ? "a.contested_shared" : "a.shared");
  const same = Prisma.raw(contested ? "a.contested_same" : "a.same");
  return db.$queryRaw<PairYear[]>(Prisma.sql`
    SELECT a.code, a.other, a.year, ${shared} AS shared, ${same} AS same
    FROM member_agreement_year a -- read summary (lib/db/summaries.ts)
    JOIN unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) AS p(code, other)
      ON a.code = p.code AND a.other = p.other
    WHERE ${shared} > 0
      ${from === undefined ? Prisma.empty : Prisma.sql`AND a.year >= ${from}`}
      ${to === undefined ? Prisma.empty : Prisma.sql`AND a.year <= ${to}`}
    ORDER BY a.code, a.other, a.year`);
}

export interface SeatAgreementYear {
  /** The permanent seat (CHN, FRA, GBR, RUS, USA): the Soviet Union and the Russian Federation are one seat here. */
  seat: string;
  /** The seat's name ("USSR / Russian Federation"). */
  nameEn: string;
  nameTh: string;
  year: number;
  shared: number;
  same: number;
}

/**
 * A member's agreement per year with each permanent seat (its holders' votes together: ROC and PRC
 * are both CHN in the records, SUN then RUS), all votes or contested only. Its own seat is left out.
 */
export async function getAgreementWithPermanentSeats(code: string, opts: { contested?: boolean } = {}): Promise<SeatAgreementYear[]> {
  const contested = opts.contested ?? false;
  const shared = Prisma.raw(contested ? "a.contested_shared" : "a.shared");
  const same = Prisma.raw(contested ? "a.contested_same" : "a.same");
  return db.$queryRaw<SeatAgreementYear[]>(Prisma.sql`
    SELECT h.seat_id AS seat, ps.name_en AS "nameEn", ps.name_th AS "nameTh", a.year, sum(${shared})::int AS shared, sum(${same})::int AS same
    FROM member_agreement_year a -- read summary (lib/db/summaries.ts)
    JOIN (SELECT DISTINCT seat_id, member_code FROM permanent_seat_holder) h ON h.member_code = a.other
    JOIN permanent_seat ps ON ps.id = h.seat_id
    WHERE a.code = ${code}
      AND h.seat_id NOT IN (SELECT seat_id FROM permanent_seat_holder WHERE member_code = ${code})
      AND ${shared} > 0
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 4`);
}

export const DIFFERING_PAGE_SIZE = 50;

export interface DifferingDraft {
  ref: string;
  symbol: string | null;
  votedOn: string | null;
  year: number;
  title: string | null;
  outcome: "ADOPTED" | "VETOED" | "FAILED";
  /** Each compared member's vote on it (absent: no vote recorded, e.g. not on the Council). */
  votes: Partial<Record<string, VoteKind>>;
}

type DifferingFilters = Pick<DraftFilters, "from" | "to" | "topic" | "outcome">;

/**
 * Drafts on which the members did not all vote alike: at least two of them cast Y, N or A, and not
 * the same one (the agreement rule; an X is shown but makes no difference). Newest first, a page at
 * a time, with the total. Read from pair_difference (lib/db/summaries.ts): the union of the pairs'
 * index ranges, so the cost follows the number of such drafts, not the members' votes.
 */
export async function getDifferingDrafts(
  members: readonly string[],
  filters: DifferingFilters = {},
  { page = 1, pageSize = DIFFERING_PAGE_SIZE }: { page?: number; pageSize?: number } = {},
): Promise<{ total: number; rows: DifferingDraft[] }> {
  const pairs = memberPairs([...new Set(members)].sort());
  if (pairs.length === 0) return { total: 0, rows: [] };
  const where: Prisma.Sql[] = [];
  if (filters.from !== undefined) where.push(Prisma.sql`p.year >= ${filters.from}`);
  if (filters.to !== undefined) where.push(Prisma.sql`p.year <= ${filters.to}`);
  if (filters.outcome) where.push(Prisma.sql`p.outcome = ${filters.outcome.toUpperCase()}::"Outcome"`);
  if (filters.topic) where.push(Prisma.sql`EXISTS (SELECT 1 FROM draft_topic t WHERE t.draft_id = p.draft_id AND t.topic_slug = ${filters.topic})`);
  // One index range per pair (in the list's order); two members are one pair and need no DISTINCT.
  const ranges = Prisma.join(
    pairs.map(
      ([code, other]) => Prisma.sql`
        SELECT p.year, p.voted_on, p.draft_id FROM pair_difference p -- read summary (lib/db/summaries.ts)
        WHERE p.code = ${code} AND p.other = ${other} ${where.length ? Prisma.sql`AND ${Prisma.join(where, " AND ")}` : Prisma.empty}`,
    ),
    " UNION ALL ",
  );
  const differing = pairs.length === 1 ? ranges : Prisma.sql`SELECT DISTINCT u.year, u.voted_on, u.draft_id FROM (${ranges}) u`;
  const rows = await db.$queryRaw<(Omit<DifferingDraft, "votes"> & { id: number; total: number })[]>(Prisma.sql`
    SELECT d.id, d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS "votedOn", d.year, coalesce(d.title, d.agenda_item) AS title,
           d.outcome::text AS outcome, s.total::int AS total
    FROM (SELECT x.draft_id, x.year, x.voted_on, count(*) OVER () AS total FROM (${differing}) x
          ORDER BY x.year DESC, x.voted_on DESC NULLS LAST, x.draft_id DESC
          LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) s
    JOIN draft d ON d.id = s.draft_id
    ORDER BY s.year DESC, s.voted_on DESC NULLS LAST, s.draft_id DESC`);
  if (rows.length === 0) return { total: page > 1 ? (await getDifferingDrafts(members, filters, { page: 1, pageSize: 1 })).total : 0, rows: [] };
  const votes = await db.$queryRaw<{ draftId: number; memberCode: string; vote: VoteKind }[]>(Prisma.sql`
    SELECT draft_id AS "draftId", member_code AS "memberCode", vote::text AS vote FROM vote
    WHERE draft_id = ANY(${rows.map((r) => r.id)}::int[]) AND member_code = ANY(${[...members]}::text[])`);
  const byDraft = new Map<number, Partial<Record<string, VoteKind>>>();
  for (const v of votes) byDraft.set(v.draftId, { ...byDraft.get(v.draftId), [v.memberCode]: v.vote });
  return {
    total: rows[0]!.total,
    rows: rows.map(({ id, total: _total, ...r }) => ({ ...r, votes: byDraft.get(id) ?? {} })),
  };
}
