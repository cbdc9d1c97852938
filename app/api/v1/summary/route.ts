import { apiGet, parseQuery, preflightResponse } from "@/lib/api/v1/route";
import { SummaryQuerySchema, SummarySchema } from "@/lib/api/v1/schemas";
import { getHeadlineFiguresCached } from "@/lib/queries/cached";
import type { z } from "zod";

// GET /api/v1/summary: the dashboard's headline figures, all time and for a period.

type Summary = z.output<typeof SummarySchema>;

export const GET = apiGet("GET /api/v1/summary", { schema: SummarySchema }, async (request): Promise<Summary | Response> => {
  const parsed = parseQuery(SummaryQuerySchema, request);
  if (!parsed.ok) return parsed.response;
  return getHeadlineFiguresCached(parsed.query);
});

export const OPTIONS = preflightResponse;
