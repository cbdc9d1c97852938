import { apiGet, preflightResponse } from "@/lib/api/v1/route";
import { problemResponse } from "@/lib/api/v1/problem";
import { DraftSchema } from "@/lib/api/v1/schemas";
import { getDraftByTarget, notRecordedMessage } from "@/lib/queries/draft-detail";
import { draftPath, parseDraftRef } from "@/lib/validations/draft-ref";
import type { z } from "zod";

// GET /api/v1/drafts/S/2024/255 (or /api/v1/drafts/1718): one draft, its vote and its sources.

type Context = { params: Promise<{ ref: string[] }> };
type Draft = z.output<typeof DraftSchema>;

export const GET = apiGet("GET /api/v1/drafts/{ref}", { schema: DraftSchema }, async (_request, { params }: Context): Promise<Draft | Response> => {
  const { ref } = await params;
  const parsed = parseDraftRef(ref ?? []);
  if (!parsed.ok) return problemResponse("invalid-parameters", `ref: ${parsed.message}`, { errors: [{ name: "ref", reason: parsed.message }] });
  const d = await getDraftByTarget(parsed.target);
  if (!d) return problemResponse("not-found", notRecordedMessage(parsed.target));
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
      statedTallySource: d.statedTallySource && { key: d.statedTallySource.key, title: d.statedTallySource.title, url: d.statedTallySource.url },
      tallyCheck: d.tallyCheck,
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
    sources: d.sources.map((s) => ({
      key: s.key,
      title: s.title,
      url: s.url,
      kind: s.kind,
      outlet: s.outlet,
      language: s.language,
      text: s.text,
      note: s.note,
    })),
    url: draftPath(d.ref),
  };
});

export const OPTIONS = preflightResponse;
