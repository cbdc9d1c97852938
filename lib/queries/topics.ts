import "server-only";
import { cache } from "react";
import { db, Prisma } from "@/lib/db";
import type { DraftSummary } from "@/lib/queries/countries";
import { vetoCountCondition } from "@/lib/queries/vote-kinds";

// Read functions for /topics and /topics/<slug>. Every draft (or amendment, paragraph...) put to
// the vote counts once per topic it is tagged with; its outcome is one of adopted, vetoed, failed,
// so the three counts always add up to the total. Vetoes cast count as the UN Library counts them.
const COUNTED = vetoCountCondition("library");

export interface TopicSummary {
  slug: string;
  labelEn: string;
  labelTh: string;
  drafts: number;
  adopted: number;
  vetoed: number;
  failed: number;
  /** Vetoes cast (a draft vetoed by two members counts two). */
  vetoes: number;
  firstYear: number | null;
  lastYear: number | null;
}

function topicSummarySql(slug?: string) {
  return Prisma.sql`
    SELECT t.slug, t.label_en AS "labelEn", t.label_th AS "labelTh",
           count(d.id)::int AS drafts,
           count(d.id) FILTER (WHERE d.outcome = 'ADOPTED')::int AS adopted,
           count(d.id) FILTER (WHERE d.outcome = 'VETOED')::int AS vetoed,
           count(d.id) FILTER (WHERE d.outcome = 'FAILED')::int AS failed,
           coalesce(sum(vc.n), 0)::int AS vetoes,
           min(d.year)::int AS "firstYear", max(d.year)::int AS "lastYear"
    FROM topic t
    LEFT JOIN draft_topic dt ON dt.topic_slug = t.slug
    LEFT JOIN draft d ON d.id = dt.draft_id
    LEFT JOIN (SELECT draft_id, count(*) AS n FROM veto GROUP BY draft_id) vc ON vc.draft_id = d.id AND ${COUNTED}
    ${slug === undefined ? Prisma.empty : Prisma.sql`WHERE t.slug = ${slug}`}
    GROUP BY t.slug`;
}

/** Every topic with its counts, most drafts first. One query. */
export async function getTopicSummaries(): Promise<TopicSummary[]> {
  const rows = await db.$queryRaw<TopicSummary[]>(topicSummarySql());
  return rows.sort((a, b) => b.drafts - a.drafts || a.slug.localeCompare(b.slug));
}

/** One topic with its counts, or null for an unknown slug (shared by the page and its metadata). */
export const getTopicSummary = cache(async (slug: string): Promise<TopicSummary | null> => {
  const rows = await db.$queryRaw<TopicSummary[]>(topicSummarySql(slug));
  return rows[0] ?? null;
});

export type TopicPeriod = "year" | "decade";

export interface TopicPeriodCounts {
  /** First year of the period (the year itself, or 1990 for the 1990s). */
  period: number;
  adopted: number;
  vetoed: number;
  failed: number;
  vetoes: number;
}

/**
 * Outcomes and vetoes cast per year or decade for one topic, every period from the first draft to
 * the last (periods without drafts are filled with zeros in SQL, so a chart's time axis has no gaps).
 */
export async function getTopicTimeline(slug: string, period: TopicPeriod): Promise<TopicPeriodCounts[]> {
  const step = period === "decade" ? 10 : 1;
  return db.$queryRaw<TopicPeriodCounts[]>(Prisma.sql`
    WITH c AS (
      SELECT (d.year / ${step}) * ${step} AS period,
             count(*) FILTER (WHERE d.outcome = 'ADOPTED')::int AS adopted,
             count(*) FILTER (WHERE d.outcome = 'VETOED')::int AS vetoed,
             count(*) FILTER (WHERE d.outcome = 'FAILED')::int AS failed,
             coalesce(sum(vc.n), 0)::int AS vetoes
      FROM draft_topic dt
      JOIN draft d ON d.id = dt.draft_id
      LEFT JOIN (SELECT draft_id, count(*) AS n FROM veto GROUP BY draft_id) vc ON vc.draft_id = d.id AND ${COUNTED}
      WHERE dt.topic_slug = ${slug}
      GROUP BY 1
    )
    SELECT p.period::int AS period, coalesce(c.adopted, 0) AS adopted, coalesce(c.vetoed, 0) AS vetoed,
           coalesce(c.failed, 0) AS failed, coalesce(c.vetoes, 0) AS vetoes
    FROM generate_series((SELECT min(period) FROM c), (SELECT max(period) FROM c), ${step}) AS p(period)
    LEFT JOIN c ON c.period = p.period
    ORDER BY 1`);
}

/** Year granularity while a topic spans a few decades at most; decades beyond that keep the chart readable. */
export function defaultTopicPeriod(summary: Pick<TopicSummary, "firstYear" | "lastYear">): TopicPeriod {
  if (summary.firstYear === null || summary.lastYear === null) return "year";
  return summary.lastYear - summary.firstYear > 30 ? "decade" : "year";
}

export interface TopicDraft extends DraftSummary {
  outcome: "ADOPTED" | "VETOED" | "FAILED";
  resolutionNumber: number | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  /** The members that vetoed it (empty unless vetoed). */
  vetoedBy: { code: string; nameEn: string; nameTh: string }[];
}

/** The latest drafts of a topic, newest first, with who vetoed them. One query. */
export async function getLatestTopicDrafts(slug: string, limit = 10): Promise<TopicDraft[]> {
  return db.$queryRaw<TopicDraft[]>(Prisma.sql`
    SELECT d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS "votedOn", d.year, coalesce(d.title, d.agenda_item) AS title,
           d.outcome::text AS outcome, d.resolution_number AS "resolutionNumber",
           d.yes_count AS yes, d.no_count AS no, d.abstain_count AS abstain,
           coalesce((SELECT json_agg(json_build_object('code', m.code, 'nameEn', m.name_en, 'nameTh', m.name_th) ORDER BY m.code)
                     FROM veto v JOIN member_state m ON m.code = v.member_code WHERE v.draft_id = d.id), '[]'::json) AS "vetoedBy"
    FROM draft_topic dt
    JOIN draft d ON d.id = dt.draft_id
    WHERE dt.topic_slug = ${slug}
    ORDER BY d.voted_on DESC NULLS LAST, d.year DESC, d.ref DESC
    LIMIT ${limit}`);
}
