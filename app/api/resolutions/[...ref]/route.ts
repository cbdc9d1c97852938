import { getDraftByRef, getDraftByResolutionNumber, type DraftDetail } from "@/lib/queries/drafts";
import { parseDraftRef } from "@/lib/validations/draft-ref";

// GET /api/resolutions/S/2024/255 (or /api/resolutions/1718): one draft, its vote and its sources.
// Bad input is a 400, an unknown draft a 404, a database failure a 503 — never a 500 for a bad URL.

type Context = { params: Promise<{ ref: string[] }> };

function errorJson(status: number, message: string) {
  return Response.json({ error: { message } }, { status, headers: { "Cache-Control": "no-store" } });
}

function toJson(d: DraftDetail) {
  return {
    draft: {
      ref: d.ref,
      symbol: d.symbol,
      date: d.date,
      year: d.year,
      title: d.title,
      agendaItem: d.agendaItem,
      objectOfVote: d.objectOfVote,
      parent: d.parent,
      procedural: d.procedural,
      modality: d.modality,
      outcome: d.outcome,
      resolutionNumber: d.resolutionNumber,
      resolutionSymbol: d.resolutionSymbol,
      requiredMajority: d.required,
      tally: d.tally,
      votesComplete: d.votesComplete,
    },
    meeting: d.meeting,
    votes: d.votes.map((v) => ({ member: v.member, nameEn: v.nameEn, nameTh: v.nameTh, nameAtTime: v.nameAtTime, permanent: v.permanent, vote: v.vote })),
    vetoes: d.vetoes.map((v) => ({ member: v.member, nameEn: v.nameEn, nameTh: v.nameTh })),
    topics: d.topics,
    penholders: d.penholders,
    sources: d.sources,
    dataIssues: d.dataIssues,
  };
}

export async function GET(_request: Request, { params }: Context) {
  const { ref } = await params;
  const parsed = parseDraftRef(ref ?? []);
  if (!parsed.ok) return errorJson(400, parsed.message);
  const { target } = parsed;
  let draft: DraftDetail | null;
  try {
    draft = target.kind === "ref" ? await getDraftByRef(target.ref) : await getDraftByResolutionNumber(target.number);
  } catch (error) {
    console.error("GET /api/resolutions failed", error);
    return errorJson(503, "The database did not answer. Try again shortly.");
  }
  // S/RES/1718(2006) must name the right year as well as the number.
  if (!draft || (target.kind === "resolution" && target.year !== undefined && target.year !== draft.year)) {
    const what = target.kind === "ref" ? `draft ${target.ref}` : `resolution ${target.number}`;
    return errorJson(404, `No ${what} is recorded.`);
  }
  return Response.json(toJson(draft), { headers: { "Cache-Control": "public, s-maxage=300, stale-while-revalidate=3600" } });
}
