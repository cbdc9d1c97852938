import { apiGet, parseQuery, preflightResponse } from "@/lib/api/v1/route";
import { memberApiPath } from "@/lib/api/v1/endpoints";
import { MemberListSchema, MembersQuerySchema } from "@/lib/api/v1/schemas";
import { getCouncilMembers } from "@/lib/queries/countries";
import type { z } from "zod";

// GET /api/v1/members: every state that has sat on the Council (or, with ?year=, that year's members).

type MemberList = z.output<typeof MemberListSchema>;
const CSV_COLUMNS = ["code", "name_en", "name_th", "region", "dissolved", "permanent", "years", "first_year", "last_year", "vetoes", "url"] as const;

export const GET = apiGet(
  "GET /api/v1/members",
  {
    schema: MemberListSchema,
    csv: {
      filename: "unsc-members.csv",
      columns: CSV_COLUMNS,
      rows: (list) =>
        list.members.map((m) => ({
          code: m.code,
          name_en: m.nameEn,
          name_th: m.nameTh,
          region: m.region,
          dissolved: m.dissolved,
          permanent: m.permanent,
          years: m.years,
          first_year: m.firstYear,
          last_year: m.lastYear,
          vetoes: m.vetoes,
          url: m.url,
        })),
    },
  },
  async (request): Promise<MemberList | Response> => {
    const parsed = parseQuery(MembersQuerySchema, request);
    if (!parsed.ok) return parsed.response;
    const { year, sort, order } = parsed.query;
    const rows = await getCouncilMembers({ year, sort, order, locale: "en" });
    return { count: rows.length, members: rows.map((m) => ({ ...m, url: `/countries/${m.code}`, api: memberApiPath(m.code) })) };
  },
);

export const OPTIONS = preflightResponse;
