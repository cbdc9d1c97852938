import { apiGet, preflightResponse } from "@/lib/api/v1/route";
import { problemResponse } from "@/lib/api/v1/problem";
import { MemberDetailSchema } from "@/lib/api/v1/schemas";
import { getCountryProfile } from "@/lib/queries/countries";
import type { z } from "zod";

// GET /api/v1/members/RUS: one member with its terms on the Council and its figures.

type Context = { params: Promise<{ code: string }> };
type MemberDetail = z.output<typeof MemberDetailSchema>;

export const GET = apiGet(
  "GET /api/v1/members/{code}",
  { schema: MemberDetailSchema },
  async (_request, { params }: Context): Promise<MemberDetail | Response> => {
    const { code } = await params;
    if (!/^[A-Za-z]{3}$/.test(code)) {
      const reason = "must be a three-letter member code, e.g. RUS";
      return problemResponse("invalid-parameters", `code: ${reason}`, { errors: [{ name: "code", reason }] });
    }
    const profile = await getCountryProfile(code.toUpperCase());
    if (!profile) return problemResponse("not-found", `No member ${code.toUpperCase()} is recorded.`);
    return { ...profile, url: `/countries/${profile.code}` };
  },
);

export const OPTIONS = preflightResponse;
