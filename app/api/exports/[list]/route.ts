import { databaseDownResponse, errorJson, withApiErrors } from "@/lib/api/errors";
import { exportCsv, exportRows } from "@/lib/exports/lists";
import { EXPORT_FORMATS, EXPORT_LISTS, exportFilename, parseExportFilters, type ExportFormat, type ExportList } from "@/lib/exports/links";
import { filtersToSearch } from "@/lib/validations/filters";

// GET /api/exports/resolutions and /api/exports/vetoes?format=csv|json&<the list's filters>: every
// row the list shows for the same query string (all pages), as lib/exports/lists.ts builds them.
// A filter the list would ignore is ignored here too (and named under `notices` in JSON).

type Context = { params: Promise<{ list: string }> };

const isList = (s: string): s is ExportList => (EXPORT_LISTS as readonly string[]).includes(s);

export const GET = withApiErrors("GET /api/exports", async (request: Request, { params }: Context) => {
  const { list } = await params;
  if (!isList(list)) return errorJson(404, `No list "${list}": ${EXPORT_LISTS.join(", ")}`);
  const url = new URL(request.url);
  const format = (url.searchParams.get("format") || "csv") as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) return errorJson(400, `Invalid query: format: one of ${EXPORT_FORMATS.join(", ")}`);
  const locale = url.searchParams.get("locale") === "th" ? "th" : "en";
  const { filters, notices } = parseExportFilters(list, url.searchParams);
  const down = await databaseDownResponse();
  if (down) return down;
  const rows = await exportRows(list, filters, { origin: url.origin, locale });
  const headers = { "Content-Disposition": `attachment; filename="${exportFilename(list, filters, format)}"`, "Cache-Control": "public, max-age=60" };
  if (format === "csv") return new Response(exportCsv(rows), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  const page = new URL(`${locale === "en" ? "" : `/${locale}`}/${list}${filtersToSearch(filters)}`, url.origin).href;
  return Response.json({ list, page, filters, notices, count: rows.length, rows }, { headers });
});
