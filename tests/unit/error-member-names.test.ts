import { describe, expect, it } from "vitest";
import { assessDraftVotes } from "@/lib/validations/draft-assessment";
import { memberNamer, nameMembersInErrors } from "@/lib/forms/member-names";
import type { SittingMember } from "@/lib/council/seat-queries";
import type { VoteCast } from "@/lib/council/rules";

// Validation messages name the member at fault, by its name in the form's language, never by code.
const NAMES: Record<string, [string, string]> = {
  CHN: ["China", "จีน"],
  FRA: ["France", "ฝรั่งเศส"],
  GBR: ["United Kingdom", "สหราชอาณาจักร"],
  RUS: ["Russian Federation", "สหพันธรัฐรัสเซีย"],
  USA: ["United States", "สหรัฐอเมริกา"],
  JPN: ["Japan", "ญี่ปุ่น"],
};
const ELECTED = ["DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"];
const COUNCIL: SittingMember[] = [...["CHN", "FRA", "GBR", "RUS", "USA"], ...ELECTED].map((code) => ({
  code,
  nameAtTime: code,
  nameEn: NAMES[code]?.[0] ?? code,
  nameTh: NAMES[code]?.[1] ?? code,
  permanent: !ELECTED.includes(code),
}));
// S/2024/255 (28 March 2024): Russia against, China abstaining, 13 in favour.
const votes: Record<string, VoteCast> = { ...Object.fromEntries(COUNCIL.map((m) => [m.code, "Y" as const])), RUS: "N", CHN: "A" };
const draft = { votedOn: "2024-03-28", procedural: false, votes, modality: "RECORDED_VOTE" as const, resolutionNumber: null };

describe("vetoedBy messages name the member at fault by name", () => {
  it.each([
    { vetoedBy: ["FRA"], locale: "en", expected: [{ code: "vetoDisagrees", values: { member: "France" } }] },
    { vetoedBy: ["FRA"], locale: "th", expected: [{ code: "vetoDisagrees", values: { member: "ฝรั่งเศส" } }] },
    { vetoedBy: ["JPN"], locale: "en", expected: [{ code: "vetoByElected", values: { member: "Japan" } }] },
    { vetoedBy: ["CHN", "RUS"], locale: "th", expected: [{ code: "vetoDisagrees", values: { member: "จีน" } }] },
    { vetoedBy: ["RUS"], locale: "en", expected: undefined },
  ])("$vetoedBy ($locale)", ({ vetoedBy, locale, expected }) => {
    const { fieldErrors } = assessDraftVotes({ ...draft, vetoedBy }, COUNCIL, () => true);
    const named = nameMembersInErrors(fieldErrors, memberNamer(COUNCIL, locale));
    expect(named.vetoedBy).toEqual(expected);
    expect(JSON.stringify(named)).not.toMatch(/\b(RUS|FRA|CHN|JPN)\b/);
  });

  it("keeps an unknown code as it is", () => {
    expect(nameMembersInErrors({ votes: [{ code: "unknownMember", values: { member: "XYZ" } }] }, memberNamer(COUNCIL, "en"))).toEqual({
      votes: [{ code: "unknownMember", values: { member: "XYZ" } }],
    });
  });
});
