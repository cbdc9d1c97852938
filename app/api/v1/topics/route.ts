import { apiGet, parseQuery, preflightResponse } from "@/lib/api/v1/route";
import { TopicListSchema, TopicsQuerySchema } from "@/lib/api/v1/schemas";
import { getTopicSummaries } from "@/lib/queries/topics";
import type { z } from "zod";

// GET /api/v1/topics: every topic with its drafts by outcome and its vetoes.

type TopicList = z.output<typeof TopicListSchema>;
const CSV_COLUMNS = ["slug", "label_en", "label_th", "drafts", "adopted", "vetoed", "failed", "vetoes", "first_year", "last_year"] as const;

export const GET = apiGet(
  "GET /api/v1/topics",
  {
    schema: TopicListSchema,
    csv: {
      filename: "unsc-topics.csv",
      columns: CSV_COLUMNS,
      rows: (list) =>
        list.topics.map((t) => ({
          slug: t.slug,
          label_en: t.labelEn,
          label_th: t.labelTh,
          drafts: t.drafts,
          adopted: t.adopted,
          vetoed: t.vetoed,
          failed: t.failed,
          vetoes: t.vetoes,
          first_year: t.firstYear,
          last_year: t.lastYear,
        })),
    },
  },
  async (request): Promise<TopicList | Response> => {
    const parsed = parseQuery(TopicsQuerySchema, request);
    if (!parsed.ok) return parsed.response;
    const topics = await getTopicSummaries();
    return { count: topics.length, topics };
  },
);

export const OPTIONS = preflightResponse;
