import { databaseDownResponse, errorJson, withApiErrors } from "@/lib/api/errors";
import { rowsToCsv } from "@/lib/db/export";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http-cache";
import { draftPath } from "@/lib/validations/draft-ref";
import { listVetoCastsCached } from "@/lib/queries/cached";
import type { VetoCast } from "@/lib/queries/vetoes";
import { VetoApiQuerySchema } from "@/lib/validations/vetoes";

// GET /api/vetoes: every veto cast, one object per vetoing member, filterable by member, years and
// topic; counted as the UN Library counts them, or ?count=drafts for vetoes of whole drafts only
// (lib/council/rules.ts); ?format=csv for a spreadsheet. Bad input is a 400 with the zod issues, an unreachable
// database a 503, anything else a logged 500 (lib/api/errors.ts); never a 500 for a bad URL.

const CACHE_OK = PUBLIC_CACHE_CONTROL;

function toJson(v: VetoCast) {
  return {
    ref: v.ref,
    symbol: v.symbol,
    date: v.date,
    year: v.year,
    meeting: v.meeting,
    objectOfVote: v.objectOfVote,
    member: { code: v.memberCode, holder: v.holder, seat: v.seat, nameEn: v.memberNameEn, nameTh: v.memberNameTh },
    topics: v.topics,
    url: draftPath(v.ref),
  };
}

const CSV_COLUMNS = [
  "date",
  "year",
  "ref",
  "symbol",
  "meeting",
  "object_of_vote",
  "member_code",
  "holder",
  "member_name_en",
  "member_name_th",
  "topics",
] as const;

function toCsv(vetoes: VetoCast[]): string {
  if (vetoes.length === 0) return `${CSV_COLUMNS.join(",")}\r\n`;
  return rowsToCsv(
    vetoes.map(
      (v) =>
        ({
          date: v.date,
          year: v.year,
          ref: v.ref,
          symbol: v.symbol,
          meeting: v.meeting,
          object_of_vote: v.objectOfVote,
          member_code: v.memberCode,
          holder: v.holder,
          member_name_en: v.memberNameEn,
          member_name_th: v.memberNameTh,
          topics: v.topics.map((t) => t.slug).join(";"),
        }) satisfies Record<(typeof CSV_COLUMNS)[number], unknown>,
    ),
  );
}

export const GET = withApiErrors("GET /api/vetoes", async (request: Request) => {
  // An empty parameter (?from=) means "no filter", as in the page URLs.
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const parsed = VetoApiQuerySchema.safeParse(params);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "query", message: i.message }));
    return errorJson(400, `Invalid query: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, { issues });
  }
  const { format, ...filters } = parsed.data;
  const down = await databaseDownResponse();
  if (down) return down;
  const vetoes = await listVetoCastsCached(filters);
  if (format === "csv") {
    return new Response(toCsv(vetoes), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="unsc-vetoes.csv"',
        "Cache-Control": CACHE_OK,
      },
    });
  }
  return Response.json({ count: vetoes.length, filters, vetoes: vetoes.map(toJson) }, { headers: { "Cache-Control": CACHE_OK } });
});
