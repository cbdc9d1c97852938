import { describe, expect, it } from "vitest";
import {
  councilSize,
  decideOutcome,
  decideOutcomeFromTally,
  isPermanentMember,
  kindOfVote,
  KINDS_OF_VOTE,
  objectsOfKind,
  requiredMajority,
  vetoCounted,
  vetoCountedObjects,
  VOTE_OBJECTS,
  validateVotes,
  type MemberVote,
  type VoteCast,
} from "@/lib/council/rules";

const grid = (spec: Record<string, VoteCast>): MemberVote[] => Object.entries(spec).map(([member, vote]) => ({ member, vote }));

// The 2024 Council, as on 28 March 2024.
const council2024 = ["CHN", "FRA", "RUS", "GBR", "USA", "DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"];
const allYes = (members: string[]) => Object.fromEntries(members.map((m) => [m, "Y" as VoteCast]));

describe("requiredMajority and councilSize", () => {
  it.each([
    ["1946-02-16", 11, 7],
    ["1965-12-31", 11, 7],
    ["1966-01-01", 15, 9],
    ["2024-03-28", 15, 9],
  ] as const)("on %s the Council has %i members and needs %i", (date, size, required) => {
    expect(councilSize(date)).toBe(size);
    expect(requiredMajority(date)).toBe(required);
  });
});

describe("isPermanentMember", () => {
  it.each([
    ["SUN", "1991-12-23", true],
    ["SUN", "1991-12-24", false],
    ["RUS", "1991-12-24", true],
    ["RUS", "1990-01-01", false],
    ["CHN", "1955-12-13", true], // Republic of China, coded CHN in the records
    ["USA", "2024-03-28", true],
    ["JPN", "2024-03-28", false],
  ] as const)("%s on %s: %s", (member, date, expected) => {
    expect(isPermanentMember(member, date)).toBe(expected);
  });
});

describe("decideOutcome", () => {
  const cases: { name: string; date: string; procedural?: boolean; votes: MemberVote[]; outcome: string; vetoedBy: string[]; yes: number }[] = [
    {
      name: "S/2024/255, 28 March 2024: 13-1-1, vetoed by the Russian Federation",
      date: "2024-03-28",
      votes: grid({ ...allYes(council2024), RUS: "N", CHN: "A" }),
      outcome: "VETOED",
      vetoedBy: ["RUS"],
      yes: 13,
    },
    {
      name: "S/2022/155, 25 February 2022: 11-1-3 (China, India, UAE abstaining), vetoed by Russia",
      date: "2022-02-25",
      votes: grid({
        CHN: "A",
        FRA: "Y",
        RUS: "N",
        GBR: "Y",
        USA: "Y",
        ALB: "Y",
        BRA: "Y",
        GAB: "Y",
        GHA: "Y",
        IND: "A",
        IRL: "Y",
        KEN: "Y",
        MEX: "Y",
        NOR: "Y",
        ARE: "A",
      }),
      outcome: "VETOED",
      vetoedBy: ["RUS"],
      yes: 11,
    },
    {
      name: "S/2011/612, 4 October 2011: 9-2-4, vetoed by Russia and China",
      date: "2011-10-04",
      votes: grid({
        CHN: "N",
        FRA: "Y",
        RUS: "N",
        GBR: "Y",
        USA: "Y",
        BIH: "Y",
        BRA: "A",
        COL: "Y",
        DEU: "Y",
        GAB: "Y",
        IND: "A",
        LBN: "A",
        NGA: "Y",
        PRT: "Y",
        ZAF: "A",
      }),
      outcome: "VETOED",
      vetoedBy: ["CHN", "RUS"],
      yes: 9,
    },
    {
      name: "S/2022/231, 23 March 2022: 2 in favour, failed for insufficient votes (no veto)",
      date: "2022-03-23",
      votes: grid({
        CHN: "Y",
        FRA: "A",
        RUS: "Y",
        GBR: "A",
        USA: "A",
        ALB: "A",
        BRA: "A",
        GAB: "A",
        GHA: "A",
        IND: "A",
        IRL: "A",
        KEN: "A",
        MEX: "A",
        NOR: "A",
        ARE: "A",
      }),
      outcome: "FAILED",
      vetoedBy: [],
      yes: 2,
    },
    {
      name: "a permanent member against a draft that lacks 9 votes is not a veto",
      date: "2018-04-10",
      votes: grid({ ...allYes(council2024.slice(0, 8)), USA: "N", RUS: "N", ...{ KOR: "A", SLE: "A", SVN: "A", CHE: "A", MLT: "A", MOZ: "A" } }),
      outcome: "FAILED",
      vetoedBy: [],
      yes: 6,
    },
    {
      name: "pre-1966 eleven-member vote: 7 in favour adopts",
      date: "1950-06-27",
      votes: grid({ USA: "Y", GBR: "Y", FRA: "Y", CHN: "Y", CUB: "Y", ECU: "Y", NOR: "Y", EGY: "A", IND: "X", YUG: "N", SUN: "X" }),
      outcome: "ADOPTED",
      vetoedBy: [],
      yes: 7,
    },
    {
      name: "pre-1966: 6 of 11 is not enough",
      date: "1950-06-27",
      votes: grid({ USA: "Y", GBR: "Y", FRA: "Y", CHN: "Y", CUB: "Y", ECU: "Y", NOR: "A", EGY: "A", IND: "A", YUG: "N", SUN: "X" }),
      outcome: "FAILED",
      vetoedBy: [],
      yes: 6,
    },
    {
      name: "USSR veto in 1955 (pre-1966, 11 members)",
      date: "1955-12-13",
      votes: grid({ USA: "Y", GBR: "Y", FRA: "Y", CHN: "Y", BEL: "Y", BRA: "Y", IRN: "Y", NZL: "Y", PER: "Y", TUR: "Y", SUN: "N" }),
      outcome: "VETOED",
      vetoedBy: ["SUN"],
      yes: 10,
    },
    {
      name: "procedural vote: a permanent member's No is not a veto (res 2623, 27 Feb 2022)",
      date: "2022-02-27",
      procedural: true,
      votes: grid({ ...allYes(["FRA", "GBR", "USA", "ALB", "BRA", "GAB", "GHA", "IRL", "KEN", "MEX", "NOR"]), RUS: "N", CHN: "A", IND: "A", ARE: "A" }),
      outcome: "ADOPTED",
      vetoedBy: [],
      yes: 11,
    },
    {
      name: "abstention of a permanent member does not block adoption",
      date: "2024-03-25",
      votes: grid({ ...allYes(council2024), USA: "A" }),
      outcome: "ADOPTED",
      vetoedBy: [],
      yes: 14,
    },
    {
      name: "unanimous: resolution 1718 (2006)",
      date: "2006-10-14",
      votes: grid(allYes(["CHN", "FRA", "RUS", "GBR", "USA", "ARG", "COG", "DNK", "GHA", "GRC", "JPN", "PER", "QAT", "SVK", "TZA"])),
      outcome: "ADOPTED",
      vetoedBy: [],
      yes: 15,
    },
  ];
  it.each(cases)("$name", ({ date, procedural, votes, outcome, vetoedBy, yes }) => {
    const d = decideOutcome({ date, procedural, votes });
    expect(d.outcome).toBe(outcome);
    expect(d.vetoedBy).toEqual(vetoedBy);
    expect(d.tally.yes).toBe(yes);
  });
});

describe("decideOutcomeFromTally (veto lists without a grid)", () => {
  it("needs the majority for a veto", () => {
    expect(decideOutcomeFromTally({ date: "2024-03-28", yes: 13, negativePermanentMembers: ["RUS"] }).outcome).toBe("VETOED");
    expect(decideOutcomeFromTally({ date: "2024-03-28", yes: 8, negativePermanentMembers: ["RUS"] }).outcome).toBe("FAILED");
    expect(decideOutcomeFromTally({ date: "1950-01-01", yes: 7, negativePermanentMembers: ["SUN"] }).outcome).toBe("VETOED");
  });
});

describe("validateVotes", () => {
  const base = { date: "2024-03-28", sitting: council2024, complete: true };
  const seed = grid({ ...allYes(council2024), RUS: "N", CHN: "A" });
  it.each([
    { name: "the seed vote is valid with its veto", input: { ...base, votes: seed, declaredVetoes: ["RUS"] }, codes: [] },
    { name: "16 votes", input: { ...base, votes: [...seed, { member: "DEU", vote: "Y" as const }] }, codes: ["too-many-votes", "not-sitting"] },
    {
      name: "a member not sitting that day",
      input: { ...base, votes: [...seed.slice(1), { member: "DEU", vote: "Y" as const }] },
      codes: ["not-sitting", "missing-member"],
    },
    { name: "a member voting twice", input: { ...base, votes: [...seed.slice(0, 14), { ...seed[0]! }] }, codes: ["duplicate-member", "missing-member"] },
    {
      name: "a veto by an elected member",
      input: { ...base, votes: seed, declaredVetoes: ["RUS", "JPN"] },
      codes: ["veto-by-elected-member"],
    },
    {
      name: "a veto the grid does not show",
      input: { ...base, votes: seed, declaredVetoes: ["USA"] },
      codes: ["veto-disagrees-with-votes"],
    },
    {
      name: "a veto on a procedural vote",
      input: { ...base, procedural: true, votes: seed, declaredVetoes: ["RUS"] },
      codes: ["veto-on-procedural"],
    },
    {
      name: "a veto on a draft without the majority",
      input: {
        ...base,
        votes: grid({ ...allYes(council2024.slice(0, 8)), ...Object.fromEntries(council2024.slice(8).map((m) => [m, "A" as VoteCast])), RUS: "N" }),
        declaredVetoes: ["RUS"],
      },
      codes: ["veto-without-majority"],
    },
    {
      name: "USSR cannot vote after its seat passed to Russia",
      input: { date: "1992-01-31", votes: grid({ SUN: "Y" }), declaredVetoes: ["SUN"] },
      codes: ["veto-by-elected-member"],
    },
  ])("$name", ({ input, codes }) => {
    expect(
      validateVotes(input)
        .map((p) => p.code)
        .sort(),
    ).toEqual([...codes].sort());
  });
});

// Each message names only the member at fault (S/2024/255: Russia vetoed, China abstained).
describe("validateVotes names the member at fault", () => {
  const base = { date: "2024-03-28", sitting: council2024, complete: true };
  const seed = grid({ ...allYes(council2024), RUS: "N", CHN: "A" });
  const twoVetoes = grid({ ...allYes(council2024), RUS: "N", CHN: "N" });
  it.each([
    { name: "France chosen where Russia vetoed", votes: seed, declared: ["FRA"], problems: ["veto-disagrees-with-votes FRA"] },
    { name: "France and Russia chosen", votes: seed, declared: ["FRA", "RUS"], problems: ["veto-disagrees-with-votes FRA"] },
    { name: "Japan (elected) chosen", votes: seed, declared: ["JPN"], problems: ["veto-by-elected-member JPN"] },
    { name: "China abstained, not a veto", votes: seed, declared: ["RUS", "CHN"], problems: ["veto-disagrees-with-votes CHN"] },
    { name: "two vetoes, one chosen", votes: twoVetoes, declared: ["RUS"], problems: ["veto-not-declared CHN"] },
    { name: "two vetoes, both chosen", votes: twoVetoes, declared: ["CHN", "RUS"], problems: [] },
    { name: "the veto chosen twice", votes: seed, declared: ["RUS", "RUS"], problems: [] },
    { name: "a veto list naming nobody (the seed's lists)", votes: seed, declared: [], problems: ["veto-not-declared RUS"] },
  ])("$name", ({ votes, declared, problems }) => {
    expect(validateVotes({ ...base, votes, declaredVetoes: declared }).map((p) => ("member" in p ? `${p.code} ${p.member}` : p.code))).toEqual(problems);
  });
});

describe("kindOfVote", () => {
  it.each([
    ["DRAFT", false, "draft"],
    ["DRAFT", true, "procedural"], // S/RES/2623 (2022): a procedural draft resolution
    ["AMENDMENT", false, "amendment"],
    ["PARAGRAPH", false, "paragraph"],
    ["PRELIMINARY_QUESTION", false, "preliminary"],
    ["PROCEDURAL_MOTION", true, "procedural"],
    ["PROCEDURAL_MOTION", false, "procedural"],
  ] as const)("%s, procedural %s: %s", (object, procedural, kind) => {
    expect(kindOfVote(object, procedural)).toBe(kind);
  });

  it("objectsOfKind partitions the objects of vote", () => {
    expect(KINDS_OF_VOTE.flatMap(objectsOfKind).sort()).toEqual([...VOTE_OBJECTS].sort());
  });
});

describe("vetoCounted: the UN Library's rule and drafts only", () => {
  it("the Library counts drafts, amendments and preliminary questions, not separate votes on paragraphs", () => {
    expect(vetoCountedObjects("library")).toEqual(["DRAFT", "AMENDMENT", "PRELIMINARY_QUESTION", "PROCEDURAL_MOTION"]);
    expect(vetoCounted("PARAGRAPH")).toBe(false);
    expect(vetoCounted("AMENDMENT")).toBe(true);
  });

  it("drafts only counts whole drafts", () => {
    expect(vetoCountedObjects("drafts")).toEqual(["DRAFT"]);
    expect(vetoCounted("PRELIMINARY_QUESTION", "drafts")).toBe(false);
  });
});
