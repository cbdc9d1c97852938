import { errorJson, withApiErrors } from "@/lib/api/errors";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http-cache";
import { getDraftByTarget, notRecordedMessage, type DraftDetail } from "@/lib/queries/draft-detail";
import { parseDraftRef } from "@/lib/validations/draft-ref";

// GET /api/resolutions/S/2024/255 (or /api/resolutions/1718): one draft, its vote and its sources.
// Bad input is a 400, an unknown draft a 404, an unreachable database a 503, anything else a logged
// 500 (lib/api/errors.ts) — never a 500 for a bad URL.

type Context = { params: Promise<{ ref: string[] }> };

// Everything the record knows of how the vote is known: the UN's stated tally beside the member
// votes, derived and non-participating votes, and each source's kind and working note (which the
// public page leaves out). Fields are only ever added, so existing clients keep working.
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
      statedTally: d.statedTally,
      statedTallyFrom: d.statedTallyFrom,
      statedTallySource: d.statedTallySource,
      tallyCheck: d.tallyCheck,
      tallyDisagreement: d.tallyDisagreement,
      votesDerived: d.votesDerived,
      unconfirmed: d.unconfirmed,
    },
    meeting: d.meeting,
    votes: d.votes.map((v) => ({
      member: v.member,
      nameEn: v.nameEn,
      nameTh: v.nameTh,
      nameAtTime: v.nameAtTime,
      permanent: v.permanent,
      vote: v.vote,
      derived: v.derived,
      recordedAs: v.recordedAs,
    })),
    vetoes: d.vetoes.map((v) => ({ member: v.member, nameEn: v.nameEn, nameTh: v.nameTh })),
    amendments: d.amendments,
    topics: d.topics,
    penholders: d.penholders,
    sources: d.sources,
    dataIssues: d.dataIssues,
  };
}

export const GET = withApiErrors("GET /api/resolutions", async (_request: Request, { params }: Context) => {
  const { ref } = await params;
  const parsed = parseDraftRef(ref ?? []);
  if (!parsed.ok) return errorJson(400, parsed.message);
  const draft = await getDraftByTarget(parsed.target);
  if (!draft) return errorJson(404, notRecordedMessage(parsed.target));
  return Response.json(toJson(draft), { headers: { "Cache-Control": PUBLIC_CACHE_CONTROL } });
});
