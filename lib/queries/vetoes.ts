import "server-only";
import { db, Prisma } from "@/lib/db";
import { HOLDER_KEYS, SEAT_KEYS, type SeriesKey } from "@/lib/council/seats";
import { effectiveSort, type DraftFilters } from "@/lib/validations/filters";
import type { MemberOption, TopicOption } from "@/lib/queries/options";
import type { ApiMemberCode, HistoryBucket, HistoryView } from "@/lib/validations/vetoes";
import type { VetoCount } from "@/lib/council/rules";
import { vetoCountCondition } from "@/lib/queries/vote-kinds";
import { searchSql } from "@/lib/queries/search";

// Veto history, totals and lists. Raw SQL (parameterized with Prisma.sql) because every count
// here is grouped by the holder of a permanent seat at the date of the veto, a join Prisma's
// query builder cannot express. The URL filters are translated once, in vetoedDraftWhere().
// Every figure counts the vetoes `count` says (lib/council/rules.ts): by default the UN Library's
// rule, every veto but those on separate votes on parts of drafts; `drafts` counts whole drafts only.

/** Filters that make sense on the veto list (a subset of the shared URL filters). */
export type VetoFilters = Pick<DraftFilters, "vetoedBy" | "topic" | "from" | "to" | "q" | "count" | "sort" | "page">;
export { VETO_FILTER_NAMES } from "@/lib/validations/vetoes";
export const VETO_PAGE_SIZE = 50;

// A few historical vetoes have only a year; place them mid-year to find the holder (an undated
// 1971 Chinese veto would count for the Republic of China; none exists in the sources).
const VETO_DATE = Prisma.sql`COALESCE(v.voted_on, make_date(v.year, 7, 1))`;
const HOLDER_JOIN = Prisma.sql`JOIN permanent_seat_holder h ON h.member_code = v.member_code
  AND ${VETO_DATE} >= h.starts_on AND (h.ends_on IS NULL OR ${VETO_DATE} < h.ends_on)`;

/** Conditions on a draft `d` for the veto views: it was vetoed, its vetoes count, and it matches the filters; the search's rank. */
async function vetoedDraftWhere(f: Omit<VetoFilters, "sort" | "page">): Promise<{ where: Prisma.Sql; rank: Prisma.Sql | null }> {
  const and: Prisma.Sql[] = [
    f.vetoedBy
      ? Prisma.sql`EXISTS (SELECT 1 FROM veto vx WHERE vx.draft_id = d.id AND vx.member_code = ${f.vetoedBy})`
      : Prisma.sql`EXISTS (SELECT 1 FROM veto vx WHERE vx.draft_id = d.id)`,
    vetoCountCondition(f.count),
  ];
  if (f.topic) and.push(Prisma.sql`EXISTS (SELECT 1 FROM draft_topic tx WHERE tx.draft_id = d.id AND tx.topic_slug = ${f.topic})`);
  if (f.from !== undefined) and.push(Prisma.sql`d.year >= ${f.from}`);
  if (f.to !== undefined) and.push(Prisma.sql`d.year <= ${f.to}`);
  // The same search as the list of drafts (lib/queries/search.ts).
  const search = f.q ? await searchSql(f.q) : null;
  if (search) and.push(search.where);
  return { where: Prisma.join(and, " AND "), rank: search?.rank ?? null };
}

// ---------------------------------------------------------------------------------------------
// History (the dashboard chart)

export interface SeriesHolder {
  id: string; // holder id: SUN, RUS, ROC, PRC...
  code: string; // record code (CHN for both Chinas)
  nameEn: string;
  nameTh: string;
  fromYear: number;
  toYear: number | null; // year the holder's tenure ended (inclusive), null while it holds the seat
}

export interface HistorySeries {
  key: SeriesKey;
  nameEn: string;
  nameTh: string;
  holders: SeriesHolder[];
}

export interface HistoryRow {
  period: number; // year, or first year of the decade
  counts: Partial<Record<SeriesKey, number>>;
  /** Record codes that cast the vetoes of each series in this period (for links to filtered lists). */
  codes: Partial<Record<SeriesKey, string[]>>;
  total: number;
}

export interface VetoHistory {
  view: HistoryView;
  by: HistoryBucket;
  series: HistorySeries[];
  rows: HistoryRow[];
  totals: Partial<Record<SeriesKey, number>>;
  total: number;
}

/** Vetoes per year or decade, per state (holder) or per seat; empty periods in between count 0. */
export async function getVetoHistory({
  from,
  to,
  view = "state",
  by = "year",
  count,
}: {
  from?: number;
  to?: number;
  view?: HistoryView;
  by?: HistoryBucket;
  count?: VetoCount;
}): Promise<VetoHistory> {
  const key = view === "seat" ? Prisma.sql`v.seat_id` : Prisma.sql`v.holder`;
  const period = by === "decade" ? Prisma.sql`(v.year / 10) * 10` : Prisma.sql`v.year`;
  const where: Prisma.Sql[] = [vetoCountCondition(count, "v")];
  if (from !== undefined) where.push(Prisma.sql`v.year >= ${from}`);
  if (to !== undefined) where.push(Prisma.sql`v.year <= ${to}`);

  const [counts, holders] = await Promise.all([
    // veto_holder_year: vetoes per year, object of vote, holder and code (read summary, lib/db/summaries.ts).
    db.$queryRaw<{ period: number; key: string; code: string; n: number }[]>`
      SELECT ${period}::int AS period, ${key} AS key, v.member_code AS code, sum(v.n)::int AS n
      FROM veto_holder_year v
      WHERE ${Prisma.join(where, " AND ")}
      GROUP BY 1, 2, 3
      ORDER BY 1, 2, 3`,
    getSeatHolders(),
  ]);

  const order: readonly SeriesKey[] = view === "seat" ? SEAT_KEYS : HOLDER_KEYS;
  const series: HistorySeries[] = order.flatMap((k) => {
    const hs = holders.filter((h) => (view === "seat" ? h.seatId : h.id) === k);
    const first = hs[0];
    if (!first) return [];
    const names = view === "seat" ? first.seat : first;
    return [
      {
        key: k,
        nameEn: names.nameEn,
        nameTh: names.nameTh,
        holders: hs.map(({ id, code, nameEn, nameTh, fromYear, toYear }) => ({ id, code, nameEn, nameTh, fromYear, toYear })),
      },
    ];
  });

  const step = by === "decade" ? 10 : 1;
  const bucket = (y: number) => (by === "decade" ? Math.floor(y / 10) * 10 : y);
  const periods = counts.map((c) => c.period);
  const first = from !== undefined ? bucket(from) : periods.length ? Math.min(...periods) : undefined;
  // A `to` in the future (the filters allow up to 2100) stops at the current year.
  const latest = Math.max(bucket(new Date().getUTCFullYear()), ...periods);
  const last = to !== undefined ? Math.min(bucket(to), latest) : periods.length ? Math.max(...periods) : undefined;
  const byPeriod = new Map<number, HistoryRow>();
  if (first !== undefined && last !== undefined) for (let p = first; p <= last; p += step) byPeriod.set(p, { period: p, counts: {}, codes: {}, total: 0 });

  const totals: Partial<Record<SeriesKey, number>> = {};
  let total = 0;
  for (const c of counts) {
    const k = c.key as SeriesKey;
    const row = byPeriod.get(c.period) ?? { period: c.period, counts: {}, codes: {}, total: 0 };
    byPeriod.set(c.period, row);
    row.counts[k] = (row.counts[k] ?? 0) + c.n;
    (row.codes[k] ??= []).push(c.code);
    row.total += c.n;
    totals[k] = (totals[k] ?? 0) + c.n;
    total += c.n;
  }
  const rows = [...byPeriod.values()].sort((a, b) => a.period - b.period);
  return { view, by, series, rows, totals, total };
}

interface SeatHolderRow extends SeriesHolder {
  seatId: string;
  seat: { nameEn: string; nameTh: string };
}

async function getSeatHolders(): Promise<SeatHolderRow[]> {
  const rows = await db.permanentSeatHolder.findMany({
    select: {
      id: true,
      seatId: true,
      memberCode: true,
      nameEn: true,
      nameTh: true,
      startsOn: true,
      endsOn: true,
      seat: { select: { nameEn: true, nameTh: true } },
    },
    orderBy: { startsOn: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    seatId: r.seatId,
    code: r.memberCode,
    nameEn: r.nameEn,
    nameTh: r.nameTh,
    fromYear: Math.max(1946, r.startsOn.getUTCFullYear()),
    // ends_on is exclusive: a tenure ending on 1 January ended the year before.
    toYear: r.endsOn ? new Date(r.endsOn.getTime() - 86_400_000).getUTCFullYear() : null,
    seat: r.seat,
  }));
}

// ---------------------------------------------------------------------------------------------
// Totals per member

export interface VetoTotal {
  holder: string; // SUN, RUS, ROC, PRC, USA...
  seat: string; // RUS, CHN, USA...
  code: string; // record code
  nameEn: string;
  nameTh: string;
  count: number;
}

/** Vetoes cast per holder on the drafts matching the filters (co-vetoes on those drafts included). */
export async function getVetoTotals(filters: VetoFilters = {}): Promise<VetoTotal[]> {
  const { where } = await vetoedDraftWhere(filters);
  return db.$queryRaw<VetoTotal[]>`
    SELECT h.id AS holder, h.seat_id AS seat, v.member_code AS code, h.name_en AS "nameEn", h.name_th AS "nameTh",
           count(*)::int AS count
    FROM veto v ${HOLDER_JOIN}
    JOIN draft d ON d.id = v.draft_id
    WHERE ${where}
    GROUP BY h.id, h.seat_id, v.member_code, h.name_en, h.name_th, h.starts_on
    ORDER BY count DESC, h.starts_on`;
}

// ---------------------------------------------------------------------------------------------
// The veto list

export interface VetoListMember {
  code: string;
  holder: string;
  nameEn: string;
  nameTh: string;
}
export interface TopicLabel {
  slug: string;
  labelEn: string;
  labelTh: string;
}
export interface VetoListItem {
  ref: string;
  symbol: string | null;
  date: string | null; // YYYY-MM-DD
  year: number;
  meeting: string | null;
  agendaItem: string | null;
  title: string | null;
  objectOfVote: string;
  topics: TopicLabel[];
  members: VetoListMember[];
}

export interface VetoList {
  items: VetoListItem[];
  total: number; // vetoed drafts matching the filters
  page: number;
  pageSize: number;
}

const NEWEST = Prisma.sql`d.year DESC, d.voted_on DESC NULLS LAST, d.id DESC`;
const SORTS: Record<NonNullable<VetoFilters["sort"]>, Prisma.Sql> = {
  relevance: NEWEST, // without a search
  "date-desc": NEWEST,
  "date-asc": Prisma.sql`d.year ASC, d.voted_on ASC NULLS LAST, d.id ASC`,
  symbol: Prisma.sql`d.symbol ASC NULLS LAST, d.ref ASC`,
};

/** One row per vetoed draft (or amendment), with its vetoing members and topics; paginated. */
export async function listVetoes(filters: VetoFilters = {}, pageSize = VETO_PAGE_SIZE): Promise<VetoList> {
  const page = filters.page ?? 1;
  const { where, rank } = await vetoedDraftWhere(filters);
  // A search with no sort asked: the most relevant first, the newest first among equals.
  const order = rank && effectiveSort(filters) === "relevance" ? Prisma.sql`${rank} DESC, ${NEWEST}` : SORTS[filters.sort ?? "date-desc"];
  const [rows, counted] = await Promise.all([
    db.$queryRaw<(Omit<VetoListItem, "date"> & { date: Date | null })[]>`
      SELECT d.ref, d.symbol, d.voted_on AS date, d.year, m.record AS meeting, d.agenda_item AS "agendaItem", d.title,
             d.object_of_vote::text AS "objectOfVote",
             COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'labelEn', t.label_en, 'labelTh', t.label_th) ORDER BY t.label_en)
                       FROM draft_topic dt JOIN topic t ON t.slug = dt.topic_slug WHERE dt.draft_id = d.id), '[]'::json) AS topics,
             COALESCE((SELECT json_agg(json_build_object('code', v.member_code, 'holder', h.id, 'nameEn', h.name_en, 'nameTh', h.name_th)
                                ORDER BY v.member_code)
                       FROM veto v ${HOLDER_JOIN} WHERE v.draft_id = d.id), '[]'::json) AS members
      FROM draft d LEFT JOIN meeting m ON m.id = d.meeting_id
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM draft d WHERE ${where}`,
  ]);
  const total = counted[0]?.total ?? 0;
  return { items: rows.map((r) => ({ ...r, date: isoDate(r.date) })), total, page, pageSize };
}

// ---------------------------------------------------------------------------------------------
// Vetoes by topic (the /vetoes chart)

export interface TopicVetoCount extends TopicLabel {
  drafts: number; // vetoed drafts on the topic
  counts: Partial<Record<string, number>>; // vetoes cast per record code (SUN, RUS, USA, GBR, FRA, CHN)
  vetoes: number;
}

/** Vetoes per topic among the drafts matching the filters, most-vetoed first. */
export async function getVetoesByTopic(filters: VetoFilters = {}, limit = 12): Promise<TopicVetoCount[]> {
  const { where } = await vetoedDraftWhere(filters);
  const rows = await db.$queryRaw<(TopicLabel & { drafts: number; counts: Record<string, number>; vetoes: number })[]>`
    WITH per_member AS (
      SELECT dt.topic_slug, v.member_code, count(*)::int AS n
      FROM draft d
      JOIN draft_topic dt ON dt.draft_id = d.id
      JOIN veto v ON v.draft_id = d.id
      WHERE ${where}
      GROUP BY dt.topic_slug, v.member_code
    ), per_topic AS (
      SELECT dt.topic_slug, count(DISTINCT d.id)::int AS drafts
      FROM draft d JOIN draft_topic dt ON dt.draft_id = d.id
      WHERE ${where}
      GROUP BY dt.topic_slug
    )
    SELECT t.slug, t.label_en AS "labelEn", t.label_th AS "labelTh", pt.drafts,
           json_object_agg(pm.member_code, pm.n) AS counts, sum(pm.n)::int AS vetoes
    FROM per_topic pt
    JOIN topic t ON t.slug = pt.topic_slug
    JOIN per_member pm ON pm.topic_slug = pt.topic_slug
    GROUP BY t.slug, t.label_en, t.label_th, pt.drafts
    ORDER BY pt.drafts DESC, vetoes DESC, t.label_en
    LIMIT ${limit}`;
  return rows;
}

// ---------------------------------------------------------------------------------------------
// One row per veto cast (GET /api/vetoes)

export interface VetoCast {
  ref: string;
  symbol: string | null;
  date: string | null;
  year: number;
  meeting: string | null;
  memberCode: string;
  holder: string;
  seat: string;
  memberNameEn: string;
  memberNameTh: string;
  objectOfVote: string;
  topics: TopicLabel[];
}

export interface VetoCastFilters {
  member?: ApiMemberCode;
  from?: number;
  to?: number;
  topic?: string;
  count?: VetoCount;
}

/** Every veto cast that `count` counts, oldest first; `member` is a record code (CHN covers both Chinas) or a holder id (ROC, PRC). */
export async function listVetoCasts(f: VetoCastFilters = {}): Promise<VetoCast[]> {
  const where: Prisma.Sql[] = [vetoCountCondition(f.count)];
  if (f.member === "ROC" || f.member === "PRC") where.push(Prisma.sql`h.id = ${f.member}`);
  else if (f.member) where.push(Prisma.sql`v.member_code = ${f.member}`);
  if (f.from !== undefined) where.push(Prisma.sql`v.year >= ${f.from}`);
  if (f.to !== undefined) where.push(Prisma.sql`v.year <= ${f.to}`);
  if (f.topic) where.push(Prisma.sql`EXISTS (SELECT 1 FROM draft_topic tx WHERE tx.draft_id = d.id AND tx.topic_slug = ${f.topic})`);
  const rows = await db.$queryRaw<(Omit<VetoCast, "date"> & { date: Date | null })[]>`
    SELECT d.ref, d.symbol, v.voted_on AS date, v.year, m.record AS meeting, v.member_code AS "memberCode", h.id AS holder,
           h.seat_id AS seat, h.name_en AS "memberNameEn", h.name_th AS "memberNameTh", d.object_of_vote::text AS "objectOfVote",
           COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'labelEn', t.label_en, 'labelTh', t.label_th) ORDER BY t.slug)
                     FROM draft_topic dt JOIN topic t ON t.slug = dt.topic_slug WHERE dt.draft_id = d.id), '[]'::json) AS topics
    FROM veto v ${HOLDER_JOIN}
    JOIN draft d ON d.id = v.draft_id
    LEFT JOIN meeting m ON m.id = d.meeting_id
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY v.year, v.voted_on NULLS LAST, d.id, v.member_code`;
  return rows.map((r) => ({ ...r, date: isoDate(r.date) }));
}

// ---------------------------------------------------------------------------------------------
// Filter choices for /vetoes

export interface VetoFilterOptions {
  members: MemberOption[];
  topics: TopicOption[];
}

/** The states that cast vetoes and the topics that have vetoed drafts, for the filter form. */
export async function getVetoFilterOptions(): Promise<VetoFilterOptions> {
  const [members, topics] = await Promise.all([
    db.$queryRaw<VetoFilterOptions["members"]>`
      SELECT m.code, m.name_en AS "nameEn", m.name_th AS "nameTh", true AS permanent
      FROM member_state m WHERE EXISTS (SELECT 1 FROM permanent_seat_holder h WHERE h.member_code = m.code)
      ORDER BY m.name_en`,
    db.$queryRaw<TopicLabel[]>`
      SELECT t.slug, t.label_en AS "labelEn", t.label_th AS "labelTh"
      FROM topic t WHERE EXISTS (SELECT 1 FROM draft_topic dt JOIN veto v ON v.draft_id = dt.draft_id WHERE dt.topic_slug = t.slug)
      ORDER BY t.label_en`,
  ]);
  return { members, topics };
}

function isoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}
