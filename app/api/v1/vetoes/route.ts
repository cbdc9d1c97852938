import { apiGet, parseQuery, preflightResponse } from "@/lib/api/v1/route";
import { draftApiPath } from "@/lib/api/v1/endpoints";
import { VetoesQuerySchema, VetoListSchema } from "@/lib/api/v1/schemas";
import { listVetoCastsCached } from "@/lib/queries/cached";
import { draftPath } from "@/lib/validations/draft-ref";
import type { z } from "zod";

// GET /api/v1/vetoes: every veto cast, one row per vetoing member (the query of GET /api/vetoes).

type VetoList = z.output<typeof VetoListSchema>;
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
  "url",
] as const;

export const GET = apiGet(
  "GET /api/v1/vetoes",
  {
    schema: VetoListSchema,
    csv: {
      filename: "unsc-vetoes.csv",
      columns: CSV_COLUMNS,
      rows: (list) =>
        list.vetoes.map((v) => ({
          date: v.date,
          year: v.year,
          ref: v.ref,
          symbol: v.symbol,
          meeting: v.meeting,
          object_of_vote: v.objectOfVote,
          member_code: v.member.code,
          holder: v.member.holder,
          member_name_en: v.member.nameEn,
          member_name_th: v.member.nameTh,
          topics: v.topics.map((t) => t.slug).join(";"),
          url: v.url,
        })),
    },
  },
  async (request): Promise<VetoList | Response> => {
    const parsed = parseQuery(VetoesQuerySchema, request);
    if (!parsed.ok) return parsed.response;
    const { format: _, ...filters } = parsed.query;
    const vetoes = await listVetoCastsCached(filters);
    return {
      count: vetoes.length,
      vetoes: vetoes.map((v) => ({
        ref: v.ref,
        symbol: v.symbol,
        date: v.date,
        year: v.year,
        meeting: v.meeting,
        objectOfVote: v.objectOfVote,
        member: { code: v.memberCode, holder: v.holder, seat: v.seat, nameEn: v.memberNameEn, nameTh: v.memberNameTh },
        topics: v.topics,
        url: draftPath(v.ref),
        api: draftApiPath(v.ref),
      })),
    };
  },
);

export const OPTIONS = preflightResponse;
