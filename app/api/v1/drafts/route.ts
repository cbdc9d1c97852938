import { apiGet, parseQuery, preflightResponse } from "@/lib/api/v1/route";
import { decodeCursor, encodeCursor } from "@/lib/api/v1/cursor";
import { draftApiPath } from "@/lib/api/v1/endpoints";
import { problemResponse } from "@/lib/api/v1/problem";
import { DraftListSchema, DraftsQuerySchema } from "@/lib/api/v1/schemas";
import { countDrafts, listDraftsAfter, type DraftListRow } from "@/lib/queries/drafts";
import { draftPath } from "@/lib/validations/draft-ref";
import { effectiveSort } from "@/lib/validations/filters";
import type { z } from "zod";

// GET /api/v1/drafts: the list of drafts with the site's filters and orders, a page at a time
// after an opaque cursor (lib/api/v1/cursor.ts); JSON, or CSV of the same page.

type DraftList = z.output<typeof DraftListSchema>;

const item = (d: DraftListRow): DraftList["drafts"][number] => ({ ...d, url: draftPath(d.ref), api: draftApiPath(d.ref) });

const CSV_COLUMNS = [
  "date",
  "year",
  "ref",
  "symbol",
  "resolution_number",
  "title",
  "agenda_item",
  "object_of_vote",
  "modality",
  "outcome",
  "yes",
  "no",
  "abstain",
  "non_voting",
  "vetoed_by",
  "url",
] as const;

export const GET = apiGet(
  "GET /api/v1/drafts",
  {
    schema: DraftListSchema,
    csv: {
      filename: "unsc-drafts.csv",
      columns: CSV_COLUMNS,
      rows: (list) =>
        list.drafts.map((d) => ({
          date: d.date,
          year: d.year,
          ref: d.ref,
          symbol: d.symbol,
          resolution_number: d.resolutionNumber,
          title: d.title,
          agenda_item: d.agendaItem,
          object_of_vote: d.objectOfVote,
          modality: d.modality,
          outcome: d.outcome,
          yes: d.tally?.yes,
          no: d.tally?.no,
          abstain: d.tally?.abstain,
          non_voting: d.tally?.nonVoting,
          vetoed_by: d.vetoes.map((v) => v.member).join(";"),
          url: d.url,
        })),
    },
    // The next page, for CSV readers too (RFC 8288).
    link: (list, request) => {
      if (!list.next) return null;
      const url = new URL(request.url);
      url.searchParams.set("cursor", list.next);
      return `<${url.pathname}${url.search}>; rel="next"`;
    },
  },
  async (request): Promise<DraftList | Response> => {
    const parsed = parseQuery(DraftsQuerySchema, request);
    if (!parsed.ok) return parsed.response;
    const { cursor, limit, format: _, ...filters } = parsed.query;
    const sort = effectiveSort(filters);
    const after = cursor ? decodeCursor(cursor) : null;
    if (cursor && (!after || after.sort !== sort)) {
      const reason = after ? `this cursor continues a list sorted by ${after.sort}, not ${sort}` : "not a cursor this API gave";
      return problemResponse("invalid-parameters", `cursor: ${reason}`, { errors: [{ name: "cursor", reason }] });
    }
    const [page, total] = await Promise.all([listDraftsAfter(filters, after, limit), countDrafts(filters)]);
    return { total, limit, sort, next: page.next ? encodeCursor(page.next) : null, drafts: page.rows.map(item) };
  },
);

export const OPTIONS = preflightResponse;
