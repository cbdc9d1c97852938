import "server-only";
import { db, Prisma } from "@/lib/db";
import type { Outcome, VetoCount } from "@/lib/council/rules";
import { vetoCountCondition } from "@/lib/queries/vote-kinds";

// The dashboard's cards: headline figures, latest votes, most-vetoed topics, the vote in the news.
// Each card calls one function here (one or two SQL round trips each), inside its own <Suspense>.
// Veto figures count the vetoes `count` says (lib/council/rules.ts; the UN Library's rule by
// default), from the veto summaries, which keep what was put to the vote (object_of_vote).

export interface YearRange {
  // Years of the draft (draft.year); both ends included.
  from?: number;
  to?: number;
}

/** The dashboard's settings for its veto figures: the years, and which vetoes count. */
export interface VetoPeriod extends YearRange {
  count?: VetoCount;
}

function periodSql(column: Prisma.Sql, { from, to }: YearRange): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (from !== undefined) and.push(Prisma.sql`${column} >= ${from}`);
  if (to !== undefined) and.push(Prisma.sql`${column} <= ${to}`);
  return Prisma.join(and, " AND ");
}

export interface DraftCounts {
  voted: number;
  adopted: number;
  vetoed: number;
  failed: number;
}
export interface HolderVetoCount {
  holder: string; // SUN, RUS, ROC, PRC, USA, GBR, FRA
  seat: string; // RUS, CHN, USA, GBR, FRA
  code: string; // record code (CHN for both Chinas)
  nameEn: string;
  nameTh: string;
  fromYear: number;
  toYear: number | null; // last year of the tenure; null while it holds the seat
  allTime: number;
  inPeriod: number;
}
export interface HeadlineFigures {
  allTime: DraftCounts;
  /** Null when no period is selected. */
  inPeriod: DraftCounts | null;
  vetoes: HolderVetoCount[];
  firstYear: number | null;
  lastYear: number | null;
}

/** Drafts put to the vote, adopted, vetoed; vetoes per permanent member; all time and in a period. */
export async function getHeadlineFigures({ count, ...period }: VetoPeriod = {}): Promise<HeadlineFigures> {
  const inPeriod = periodSql(Prisma.sql`d.year`, period);
  const vetoInPeriod = periodSql(Prisma.sql`v.year`, period);
  const [draftRows, vetoes] = await Promise.all([
    // From the read summaries (lib/db/summaries.ts): drafts per year and outcome, vetoes per
    // year, object of vote and seat holder (undated vetoes placed mid-year, as in lib/queries/vetoes.ts).
    db.$queryRaw<(Record<`${"all" | "per"}_${keyof DraftCounts}`, number> & { first_year: number | null; last_year: number | null })[]>`
      SELECT COALESCE(sum(d.n), 0)::int AS all_voted,
             COALESCE(sum(d.n) FILTER (WHERE d.outcome = 'ADOPTED'), 0)::int AS all_adopted,
             COALESCE(sum(d.n) FILTER (WHERE d.outcome = 'VETOED'), 0)::int AS all_vetoed,
             COALESCE(sum(d.n) FILTER (WHERE d.outcome = 'FAILED'), 0)::int AS all_failed,
             COALESCE(sum(d.n) FILTER (WHERE ${inPeriod}), 0)::int AS per_voted,
             COALESCE(sum(d.n) FILTER (WHERE ${inPeriod} AND d.outcome = 'ADOPTED'), 0)::int AS per_adopted,
             COALESCE(sum(d.n) FILTER (WHERE ${inPeriod} AND d.outcome = 'VETOED'), 0)::int AS per_vetoed,
             COALESCE(sum(d.n) FILTER (WHERE ${inPeriod} AND d.outcome = 'FAILED'), 0)::int AS per_failed,
             min(d.year) AS first_year, max(d.year) AS last_year
      FROM draft_year_outcome d`,
    db.$queryRaw<HolderVetoCount[]>`
      SELECT h.id AS holder, h.seat_id AS seat, h.member_code AS code, h.name_en AS "nameEn", h.name_th AS "nameTh",
             GREATEST(1946, EXTRACT(YEAR FROM h.starts_on))::int AS "fromYear",
             EXTRACT(YEAR FROM h.ends_on - 1)::int AS "toYear", -- ends_on is exclusive
             COALESCE(sum(v.n), 0)::int AS "allTime",
             COALESCE(sum(v.n) FILTER (WHERE ${vetoInPeriod}), 0)::int AS "inPeriod"
      FROM permanent_seat_holder h
      LEFT JOIN veto_holder_year v ON v.holder = h.id AND ${vetoCountCondition(count, "v")}
      GROUP BY h.id, h.seat_id, h.member_code, h.name_en, h.name_th, h.starts_on, h.ends_on
      ORDER BY h.seat_id, h.starts_on`,
  ]);
  const drafts = draftRows[0]!; // an aggregate without GROUP BY returns exactly one row
  const hasPeriod = period.from !== undefined || period.to !== undefined;
  return {
    allTime: { voted: drafts.all_voted, adopted: drafts.all_adopted, vetoed: drafts.all_vetoed, failed: drafts.all_failed },
    inPeriod: hasPeriod ? { voted: drafts.per_voted, adopted: drafts.per_adopted, vetoed: drafts.per_vetoed, failed: drafts.per_failed } : null,
    vetoes,
    firstYear: drafts.first_year,
    lastYear: drafts.last_year,
  };
}

export interface LatestVote {
  ref: string;
  symbol: string | null;
  date: string | null;
  year: number;
  title: string | null;
  outcome: Outcome;
  resolutionNumber: number | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
}

/** The most recent votes in the period (every year when none), newest first. */
export async function getLatestVotes(n = 8, { from, to }: YearRange = {}): Promise<LatestVote[]> {
  const rows = await db.draft.findMany({
    where: { year: { ...(from !== undefined ? { gte: from } : {}), ...(to !== undefined ? { lte: to } : {}) } },
    select: {
      ref: true,
      symbol: true,
      votedOn: true,
      year: true,
      title: true,
      outcome: true,
      resolutionNumber: true,
      yesCount: true,
      noCount: true,
      abstainCount: true,
    },
    orderBy: [{ year: "desc" }, { votedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: n,
  });
  return rows.map((r) => ({
    ref: r.ref,
    symbol: r.symbol,
    date: r.votedOn ? r.votedOn.toISOString().slice(0, 10) : null,
    year: r.year,
    title: r.title,
    outcome: r.outcome,
    resolutionNumber: r.resolutionNumber,
    yes: r.yesCount,
    no: r.noCount,
    abstain: r.abstainCount,
  }));
}

export interface LatestVeto {
  ref: string;
  symbol: string | null;
  date: string | null;
  year: number;
  title: string | null;
  objectOfVote: string;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  /** The vetoing members (record codes), by code. */
  vetoedBy: { code: string; nameEn: string; nameTh: string }[];
}

/** The most recently vetoed drafts in the period whose vetoes `count` counts, newest first. */
export async function getLatestVetoes(n = 5, { count, ...period }: VetoPeriod = {}): Promise<LatestVeto[]> {
  const rows = await db.$queryRaw<(Omit<LatestVeto, "date"> & { date: Date | null })[]>`
    SELECT d.ref, d.symbol, d.voted_on AS date, d.year, coalesce(d.title, d.agenda_item) AS title, d.object_of_vote::text AS "objectOfVote",
           d.yes_count AS yes, d.no_count AS no, d.abstain_count AS abstain,
           (SELECT json_agg(json_build_object('code', v.member_code, 'nameEn', ms.name_en, 'nameTh', ms.name_th) ORDER BY v.member_code)
            FROM veto v JOIN member_state ms ON ms.code = v.member_code WHERE v.draft_id = d.id) AS "vetoedBy"
    FROM draft d
    WHERE EXISTS (SELECT 1 FROM veto x WHERE x.draft_id = d.id) AND ${vetoCountCondition(count)} AND ${periodSql(Prisma.sql`d.year`, period)}
    ORDER BY d.year DESC, d.voted_on DESC NULLS LAST, d.id DESC
    LIMIT ${n}`;
  return rows.map((r) => ({ ...r, date: r.date ? r.date.toISOString().slice(0, 10) : null }));
}

export interface VetoedTopic {
  slug: string;
  labelEn: string;
  labelTh: string;
  drafts: number; // vetoed drafts
  vetoes: number; // vetoes cast on them
}

/** Topics with the most vetoed drafts (in the period, when one is given). */
export async function getMostVetoedTopics(n = 8, { count, ...period }: VetoPeriod = {}): Promise<VetoedTopic[]> {
  return db.$queryRaw<VetoedTopic[]>`
    SELECT t.slug, t.label_en AS "labelEn", t.label_th AS "labelTh",
           sum(v.drafts)::int AS drafts, sum(v.vetoes)::int AS vetoes
    FROM veto_topic_year v -- read summary (lib/db/summaries.ts)
    JOIN topic t ON t.slug = v.topic_slug
    WHERE ${periodSql(Prisma.sql`v.year`, period)} AND ${vetoCountCondition(count, "v")}
    GROUP BY t.slug, t.label_en, t.label_th
    ORDER BY drafts DESC, vetoes DESC, t.label_en
    LIMIT ${n}`;
}

/** The vote the seed article reports: 28 March 2024, S/2024/255, vetoed by the Russian Federation. */
export const IN_THE_NEWS_SYMBOL = "S/2024/255";

export interface InTheNews {
  ref: string;
  symbol: string | null;
  date: string | null;
  meeting: string | null;
  title: string | null;
  outcome: Outcome;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  vetoedBy: { code: string; nameEn: string; nameTh: string }[];
  /** The news article in the reader's language (falls back to English); null if the seed has none. */
  article: { title: string; outlet: string | null; url: string | null; language: string } | null;
}

/** One round trip: the draft with its vetoes and news articles aggregated as JSON; null when outside the period. */
export async function getInTheNews(locale: string, period: YearRange = {}): Promise<InTheNews | null> {
  const rows = await db.$queryRaw<(Omit<InTheNews, "date" | "article"> & { date: Date | null; articles: NonNullable<InTheNews["article"]>[] })[]>`
    SELECT d.ref, d.symbol, d.voted_on AS date, m.record AS meeting, d.title, d.outcome::text AS outcome,
           d.yes_count AS yes, d.no_count AS no, d.abstain_count AS abstain,
           COALESCE((SELECT json_agg(json_build_object('code', v.member_code, 'nameEn', ms.name_en, 'nameTh', ms.name_th) ORDER BY v.member_code)
                     FROM veto v JOIN member_state ms ON ms.code = v.member_code WHERE v.draft_id = d.id), '[]'::json) AS "vetoedBy",
           -- The news article is the source kept verbatim (with its text); records and data files are not.
           COALESCE((SELECT json_agg(json_build_object('title', s.title, 'outlet', s.outlet, 'url', s.url, 'language', s.language) ORDER BY s.id)
                     FROM draft_source ds JOIN source s ON s.id = ds.source_id WHERE ds.draft_id = d.id AND s.text IS NOT NULL), '[]'::json) AS articles
    FROM draft d LEFT JOIN meeting m ON m.id = d.meeting_id
    WHERE (d.ref = ${IN_THE_NEWS_SYMBOL} OR d.symbol = ${IN_THE_NEWS_SYMBOL}) AND ${periodSql(Prisma.sql`d.year`, period)}
    ORDER BY (d.ref = ${IN_THE_NEWS_SYMBOL}) DESC, d.id
    LIMIT 1`;
  const d = rows[0];
  if (!d) return null;
  const { articles, date, ...rest } = d;
  const article = articles.find((a) => a.language === locale) ?? articles.find((a) => a.language === "en") ?? articles[0] ?? null;
  return { ...rest, date: date ? date.toISOString().slice(0, 10) : null, article };
}
