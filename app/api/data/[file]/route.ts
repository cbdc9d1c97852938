import { datasetFileBody } from "@/lib/data/dataset";
import { downloadFilename } from "@/lib/data/files";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http-cache";
import { getLatestVoteDateCached } from "@/lib/queries/cached";

// GET /api/data/unsc-votes.json, /api/data/member-votes.csv and /api/data/<table>.csv: the open
// dataset (/data, lib/data/dataset.ts). Each file is made on its first request and kept as a
// static copy until the next write expires it (revalidatePath("/", "layout"), and VOTE_DATA_TAG
// through the cached version date); with REDIS_URL the copy is shared by every instance
// (docs/decisions/014-downloads-and-citations.md). Next keeps whatever this answers, so the proxy
// refuses unknown names (404) and a down database (503) before they reach it, and an error here
// is thrown (a 500, never kept) rather than answered.

type Context = { params: Promise<{ file: string }> };

export const dynamic = "force-static";
export const revalidate = false;
export function generateStaticParams(): { file: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { file } = await params;
  const [version, found] = await Promise.all([getLatestVoteDateCached(), datasetFileBody(file)]);
  if (!found) throw new Error(`/api/data: no file ${file}`); // the proxy lets only known names through
  return new Response(found.body, {
    headers: {
      "Content-Type": found.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${downloadFilename(file, version)}"`,
      // Next would let a CDN keep the copy a year; a write must reach readers within a minute (lib/http-cache.ts).
      "Cache-Control": PUBLIC_CACHE_CONTROL,
    },
  });
}
