import "server-only";
import { db, Prisma } from "@/lib/db";
import { listDrafts } from "@/lib/queries/drafts";
import { listVetoes } from "@/lib/queries/vetoes";
import { draftPath } from "@/lib/validations/draft-ref";
import type { DraftFilters } from "@/lib/validations/filters";
import { toCsv } from "./csv";
import { EXPORT_MAX_ROWS, type ExportList } from "./links";

// Downloads of the filtered lists (/resolutions, and so the country and topic lists that link to
// it; /vetoes): exactly the rows the list shows for the same query string — the list's own query
// function with the same filters (search text included) and sort, every page — each with what a
// reader quotes: title, tally, outcome, meeting and the absolute address of the draft's page.

export const EXPORT_COLUMNS = [
  "date",
  "year",
  "symbol",
  "ref",
  "resolution_number",
  "title",
  "agenda_item",
  "object_of_vote",
  "outcome",
  "yes",
  "no",
  "abstain",
  "non_voting",
  "vetoed_by",
  "meeting",
  "url",
] as const;
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

/** The list's refs in its order: the list's own query, every page at once. */
async function listRefs(list: ExportList, filters: DraftFilters): Promise<string[]> {
  const all = { ...filters, page: 1 };
  if (list === "vetoes") return (await listVetoes(all, EXPORT_MAX_ROWS)).items.map((r) => r.ref);
  return (await listDrafts(all, EXPORT_MAX_ROWS)).rows.map((r) => r.ref);
}

/** The rows of the list for these filters; `origin` and `locale` make each draft's address absolute. */
export async function exportRows(list: ExportList, filters: DraftFilters, { origin, locale }: { origin: string; locale: string }): Promise<ExportRow[]> {
  const refs = await listRefs(list, filters);
  if (refs.length === 0) return [];
  const details = await db.$queryRaw<(Omit<ExportRow, "url" | "date"> & { date: Date | null })[]>(Prisma.sql`
    SELECT d.ref, d.voted_on AS date, d.year, d.symbol, d.resolution_number, d.title, d.agenda_item, d.object_of_vote::text AS object_of_vote,
           d.outcome::text AS outcome, d.yes_count AS yes, d.no_count AS no, d.abstain_count AS abstain, d.non_voting_count AS non_voting,
           (SELECT string_agg(v.member_code, ';' ORDER BY v.member_code) FROM veto v WHERE v.draft_id = d.id) AS vetoed_by,
           m.record AS meeting
    FROM draft d LEFT JOIN meeting m ON m.id = d.meeting_id
    WHERE d.ref = ANY(${refs}::text[])`);
  const byRef = new Map(details.map((d) => [d.ref, d]));
  const prefix = locale === "en" ? "" : `/${locale}`;
  return refs.flatMap((ref) => {
    const d = byRef.get(ref);
    if (!d) return [];
    const row = { ...d, date: d.date ? d.date.toISOString().slice(0, 10) : null, url: new URL(`${prefix}${draftPath(ref)}`, origin).href };
    return [Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, row[c]])) as ExportRow];
  });
}

export function exportCsv(rows: readonly ExportRow[]): string {
  return toCsv(EXPORT_COLUMNS, rows);
}
