import { databaseDownResponse, errorJson, withApiErrors } from "@/lib/api/errors";
import { accessDate } from "@/lib/citation/csl";
import { formatCitations } from "@/lib/citation/format";
import { CITATION_FILES, CITATION_FORMATS, type CitationFormat } from "@/lib/citation/formats";
import { parseCiteTarget } from "@/lib/citation/target";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http-cache";
import { getCslItem } from "@/lib/queries/citation";

// GET /api/cite?draft=S/2024/255 | country=RUS | topic=dprk | dataset, &format=text|bibtex|ris|csl
// (a file to save) or format=all (JSON with every format, for the "Cite this" block), &locale=en|th.
// Rendered per request: the access date is the day of the request (UTC), which a page's static
// copy cannot know.

const isFormat = (s: string): s is CitationFormat => (CITATION_FORMATS as readonly string[]).includes(s);

export const GET = withApiErrors("GET /api/cite", async (request: Request) => {
  const url = new URL(request.url);
  const target = parseCiteTarget(url.searchParams);
  if (!target) return errorJson(400, "Invalid query: name one of draft=<symbol>, country=<code>, topic=<slug> or dataset");
  const format = url.searchParams.get("format") || "all";
  if (format !== "all" && !isFormat(format)) return errorJson(400, `Invalid query: format: one of all, ${CITATION_FORMATS.join(", ")}`);
  const locale = url.searchParams.get("locale") === "th" ? "th" : "en";
  const down = await databaseDownResponse();
  if (down) return down;
  const accessed = accessDate();
  const item = await getCslItem(target, locale, accessed);
  if (!item) return errorJson(404, "Nothing to cite: no such draft, member or topic");
  const citations = formatCitations(item);
  const headers = { "Cache-Control": PUBLIC_CACHE_CONTROL };
  if (format === "all") return Response.json({ accessed, url: item.URL, citations }, { headers });
  const file = CITATION_FILES[format];
  const name = `${item.id}-accessed-${accessed}.${file.ext}`;
  return new Response(citations[format], {
    headers: { ...headers, "Content-Type": file.type, "Content-Disposition": `attachment; filename="${name}"` },
  });
});
