import { z } from "zod";
import { MIN_YEAR, type FilterNotice } from "@/lib/validations/filters";
import { PERMANENT_MEMBER_CODES, VETO_COUNTS } from "@/lib/council/rules";
import { parseChoice } from "@/lib/validations/view-params";

// Inputs of the veto views: the chart's view state on the dashboard (?view=&by=) and the
// query of GET /api/vetoes (same bounds as the URL filters, so a year means the same everywhere).

/** The URL filters /vetoes and /api/vetoes accept (a subset of FILTER_FIELDS). */
export const VETO_FILTER_NAMES = ["vetoedBy", "topic", "from", "to", "q", "count", "sort", "page"] as const;

export const HISTORY_VIEWS = ["state", "seat"] as const;
export const HISTORY_BUCKETS = ["year", "decade"] as const;
export type HistoryView = (typeof HISTORY_VIEWS)[number];
export type HistoryBucket = (typeof HISTORY_BUCKETS)[number];

/** ?view=state|seat&by=year|decade; anything else falls back to the default with a notice. */
export function parseHistoryView(params: Record<string, string | string[] | undefined>): {
  view: HistoryView;
  by: HistoryBucket;
  notices: FilterNotice[];
} {
  const notices: FilterNotice[] = [];
  const view = parseChoice(params, "view", HISTORY_VIEWS, "state", notices);
  const by = parseChoice(params, "by", HISTORY_BUCKETS, "year", notices);
  return { view, by, notices };
}

/** Holder ids that share a record code: ROC and PRC are both CHN in the vote records. */
export const HOLDER_MEMBER_IDS = ["ROC", "PRC"] as const;
export const API_MEMBER_CODES = [...PERMANENT_MEMBER_CODES, ...HOLDER_MEMBER_IDS] as const;
export type ApiMemberCode = (typeof API_MEMBER_CODES)[number];

// Same rules as the URL filters (FILTER_FIELDS in filters.ts), with messages an API client can act on.
const apiMember = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be a three-letter member code, e.g. RUS")
  .pipe(z.enum(API_MEMBER_CODES, { error: `must be one of ${API_MEMBER_CODES.join(", ")}` }));
const apiYear = z.coerce
  .number({ error: "must be a year, e.g. 1991" })
  .int("must be a whole year")
  .min(MIN_YEAR, `must be ${MIN_YEAR} or later`)
  .max(2100, "must be 2100 or earlier");
const apiTopic = z
  .string()
  .trim()
  .toLowerCase()
  .max(60, "must be at most 60 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a topic slug, e.g. israel-palestine");

export const VetoApiQuerySchema = z
  .object({
    member: apiMember.optional(),
    from: apiYear.optional(),
    to: apiYear.optional(),
    topic: apiTopic.optional(),
    count: z.enum(VETO_COUNTS, { error: `must be ${VETO_COUNTS.join(" or ")}` }).optional(),
    format: z.enum(["json", "csv"], { error: "must be json or csv" }).default("json"),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "from must not be after to",
    path: ["to"],
  });

export type VetoApiQuery = z.output<typeof VetoApiQuerySchema>;
