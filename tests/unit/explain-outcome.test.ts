import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allHeadlineKeys, explainOutcome, NOTE_KEYS, type ExplainInput, type NoteKey } from "@/lib/council/explain-outcome";
import { VOTE_OBJECTS } from "@/lib/council/rules";

// Every kind of vote explained: one row per combination of object of vote, procedural, modality and
// outcome present in the record (SELECT object_of_vote, procedural, modality, outcome, count(*) FROM
// draft GROUP BY 1,2,3,4 on the seed, 2 December 2026), with its real example, plus the cases the
// rules allow that the record lacks.

type M = { member: string };
const P = (member: string, vote: "Y" | "N" | "A" | "X") => ({ member, vote, permanent: true });
const E = (member: string, vote: "Y" | "N" | "A" | "X") => ({ member, vote, permanent: false });
const FIVE_YES = [P("CHN", "Y"), P("FRA", "Y"), P("GBR", "Y"), P("RUS", "Y"), P("USA", "Y")];

const base: ExplainInput<M> = {
  objectOfVote: "DRAFT",
  procedural: false,
  modality: "RECORDED_VOTE",
  outcome: "ADOPTED",
  required: 9,
  yes: 15,
  vetoers: [],
  votes: FIVE_YES,
};

const cases: { name: string; input: Partial<ExplainInput<M>>; key: string; notes: [NoteKey, string[]][]; members?: string[] }[] = [
  // DRAFT, not procedural
  { name: "DRAFT RECORDED_VOTE ADOPTED unanimous (2,793 in the record)", input: {}, key: "draft.ADOPTED.tally", notes: [] },
  {
    name: "DRAFT RECORDED_VOTE ADOPTED with China abstaining",
    input: { yes: 14, votes: [P("CHN", "A"), P("FRA", "Y"), P("GBR", "Y"), P("RUS", "Y"), P("USA", "Y")] },
    key: "draft.ADOPTED.tally",
    notes: [["abstentionDoesNotBlock", ["CHN"]]],
  },
  {
    name: "DRAFT RECORDED_VOTE ADOPTED with the USSR absent (1950)",
    input: { required: 7, yes: 9, votes: [P("CHN", "Y"), P("FRA", "Y"), P("GBR", "Y"), P("SUN", "X"), P("USA", "Y")] },
    key: "draft.ADOPTED.tally",
    notes: [["abstentionDoesNotBlock", ["SUN"]]],
  },
  {
    name: "DRAFT RECORDED_VOTE ADOPTED over the USSR's 'no', not marked procedural: S/RES/462 (1980), 12-2-1",
    input: { yes: 12, votes: [P("CHN", "Y"), P("FRA", "Y"), P("GBR", "Y"), P("SUN", "N"), P("USA", "Y")] },
    key: "draft.ADOPTED.tally",
    notes: [["adoptedOverNo", ["SUN"]]],
  },
  {
    name: "DRAFT RECORDED_VOTE VETOED: S/2024/255, 13-1-1, Russian Federation",
    input: { outcome: "VETOED", yes: 13, vetoers: [{ member: "RUS" }], votes: [P("CHN", "A"), P("FRA", "Y"), P("GBR", "Y"), P("RUS", "N"), P("USA", "Y")] },
    key: "draft.VETOED.tally",
    notes: [],
    members: ["RUS"],
  },
  {
    name: "DRAFT RECORDED_VOTE VETOED with no veto row: S/1996/952 (the grid names the United States)",
    input: { outcome: "VETOED", yes: 14, vetoers: [{ member: "USA" }] },
    key: "draft.VETOED.tally",
    notes: [],
    members: ["USA"],
  },
  {
    name: "DRAFT RECORDED_VOTE FAILED with permanent members against: S/2022/231, 2 in favour",
    input: { outcome: "FAILED", yes: 2, votes: [P("CHN", "A"), P("FRA", "N"), P("GBR", "N"), P("RUS", "Y"), P("USA", "N")] },
    key: "draft.FAILED.tally",
    notes: [["notAVeto", ["FRA", "GBR", "USA"]]],
  },
  { name: "DRAFT RECORDED_VOTE FAILED, no permanent member against", input: { outcome: "FAILED", yes: 5, votes: [] }, key: "draft.FAILED.tally", notes: [] },
  { name: "DRAFT WITHOUT_VOTE ADOPTED (35)", input: { modality: "WITHOUT_VOTE", yes: null, votes: [] }, key: "draft.ADOPTED.withoutVote", notes: [] },
  {
    name: "DRAFT NO_ROLL_CALL VETOED with a stated tally (veto list)",
    input: { modality: "NO_ROLL_CALL", outcome: "VETOED", yes: 10, vetoers: [{ member: "SUN" }], votes: [] },
    key: "draft.VETOED.tally",
    notes: [],
    members: ["SUN"],
  },
  {
    name: "DRAFT NO_ROLL_CALL VETOED, no tally (9)",
    input: { modality: "NO_ROLL_CALL", outcome: "VETOED", yes: null, vetoers: [{ member: "SUN" }], votes: [] },
    key: "draft.VETOED.noTally",
    notes: [],
    members: ["SUN"],
  },
  {
    name: "DRAFT VETOED, the sources name no vetoing member",
    input: { modality: "NO_ROLL_CALL", outcome: "VETOED", yes: null, votes: [] },
    key: "draft.VETOED.unknownVetoers",
    notes: [],
    members: [],
  },
  {
    name: "DRAFT NO_ROLL_CALL FAILED with a tally",
    input: { modality: "NO_ROLL_CALL", outcome: "FAILED", yes: 4, votes: [] },
    key: "draft.FAILED.tally",
    notes: [],
  },
  {
    name: "DRAFT NO_ROLL_CALL FAILED, no tally (2)",
    input: { modality: "NO_ROLL_CALL", outcome: "FAILED", yes: null, votes: [] },
    key: "draft.FAILED.noTally",
    notes: [],
  },
  // Procedural draft resolution: S/RES/2623 (2022), 11-1-3, the Russian Federation against
  {
    name: "DRAFT procedural RECORDED_VOTE ADOPTED: S/RES/2623 (2022), the Russian Federation's 'no' is no veto",
    input: { procedural: true, yes: 11, votes: [P("CHN", "A"), P("FRA", "Y"), P("GBR", "Y"), P("RUS", "N"), P("USA", "Y")] },
    key: "procedural.ADOPTED.tally",
    notes: [
      ["procedural", []],
      ["proceduralAgainst", ["RUS"]],
    ],
  },
  // AMENDMENT
  {
    name: "AMENDMENT RECORDED_VOTE VETOED: S/2023/1029 amendment 1, 10-1-4, the United States",
    input: { objectOfVote: "AMENDMENT", outcome: "VETOED", yes: 10, vetoers: [{ member: "USA" }], votes: [P("USA", "N")] },
    key: "amendment.VETOED.tally",
    notes: [["amendmentOnly", []]],
    members: ["USA"],
  },
  {
    name: "AMENDMENT RECORDED_VOTE FAILED 7-7-1: S/2024/323 (France, UK, US against: no veto)",
    input: { objectOfVote: "AMENDMENT", outcome: "FAILED", yes: 7, votes: [P("CHN", "Y"), P("FRA", "N"), P("GBR", "N"), P("RUS", "Y"), P("USA", "N")] },
    key: "amendment.FAILED.tally",
    notes: [
      ["notAVeto", ["FRA", "GBR", "USA"]],
      ["amendmentOnly", []],
    ],
  },
  {
    name: "AMENDMENT RECORDED_VOTE FAILED, no tally: S/2023/773 amendment 1",
    input: { objectOfVote: "AMENDMENT", outcome: "FAILED", yes: null, votes: [P("USA", "N")] },
    key: "amendment.FAILED.noTally",
    notes: [["amendmentOnly", []]],
  },
  { name: "AMENDMENT adopted", input: { objectOfVote: "AMENDMENT", yes: 15 }, key: "amendment.ADOPTED.tally", notes: [] },
  // PARAGRAPH
  {
    name: "PARAGRAPH RECORDED_VOTE FAILED: S/1076 paragraph 5 (1948), 2-0-9",
    input: {
      objectOfVote: "PARAGRAPH",
      outcome: "FAILED",
      required: 7,
      yes: 2,
      votes: [P("CHN", "A"), P("FRA", "A"), P("GBR", "A"), P("SUN", "Y"), P("USA", "A")],
    },
    key: "paragraph.FAILED.tally",
    notes: [["paragraphOnly", []]],
  },
  // PRELIMINARY_QUESTION: the double veto
  {
    name: "PRELIMINARY_QUESTION NO_ROLL_CALL VETOED: S/PV.303 (1948), 8-2-1, the USSR",
    input: { objectOfVote: "PRELIMINARY_QUESTION", modality: "NO_ROLL_CALL", outcome: "VETOED", required: 7, yes: 8, vetoers: [{ member: "SUN" }], votes: [] },
    key: "preliminary.VETOED.tally",
    notes: [["doubleVeto", []]],
    members: ["SUN"],
  },
  {
    name: "PRELIMINARY_QUESTION NO_ROLL_CALL VETOED, no tally: S/PV.49 (1946)",
    input: {
      objectOfVote: "PRELIMINARY_QUESTION",
      modality: "NO_ROLL_CALL",
      outcome: "VETOED",
      required: 7,
      yes: null,
      vetoers: [{ member: "SUN" }],
      votes: [],
    },
    key: "preliminary.VETOED.noTally",
    notes: [["doubleVeto", []]],
    members: ["SUN"],
  },
  // PROCEDURAL_MOTION
  {
    name: "PROCEDURAL_MOTION RECORDED_VOTE ADOPTED over China and Russia: 31 January 2022, 10-2-3",
    input: {
      objectOfVote: "PROCEDURAL_MOTION",
      procedural: true,
      yes: 10,
      votes: [P("CHN", "N"), P("FRA", "Y"), P("GBR", "Y"), P("RUS", "N"), P("USA", "Y"), E("GAB", "A")],
    },
    key: "procedural.ADOPTED.tally",
    notes: [
      ["procedural", []],
      ["proceduralAgainst", ["CHN", "RUS"]],
    ],
  },
  {
    name: "PROCEDURAL_MOTION RECORDED_VOTE FAILED: S/PV.8105, 3-7-5 (France, UK, US against: no veto, too few votes)",
    input: {
      objectOfVote: "PROCEDURAL_MOTION",
      procedural: true,
      outcome: "FAILED",
      yes: 3,
      votes: [P("CHN", "Y"), P("FRA", "N"), P("GBR", "N"), P("RUS", "Y"), P("USA", "N")],
    },
    key: "procedural.FAILED.tally",
    notes: [
      ["procedural", []],
      ["proceduralAgainst", ["FRA", "GBR", "USA"]],
    ],
  },
  {
    name: "PROCEDURAL_MOTION before 1966",
    input: { objectOfVote: "PROCEDURAL_MOTION", procedural: true, required: 7, yes: 7, votes: [P("SUN", "N")] },
    key: "procedural.ADOPTED.tally",
    notes: [
      ["procedural", []],
      ["proceduralAgainst", ["SUN"]],
    ],
  },
];

describe("explainOutcome", () => {
  it.each(cases)("$name", ({ input, key, notes, members = [] }) => {
    const e = explainOutcome({ ...base, ...input });
    expect(e.headline.key).toBe(key);
    expect(e.notes.map((n) => [n.key, n.members.map((m) => m.member)])).toEqual(notes);
    expect(e.members.map((m) => m.member)).toEqual(members);
  });

  it("never calls a procedural vote vetoed unless the record says so", () => {
    for (const outcome of ["ADOPTED", "FAILED"] as const)
      expect(explainOutcome({ ...base, procedural: true, outcome, votes: [P("RUS", "N")] }).headline.kind).toBe("procedural");
    // A record that does say VETOED (inconsistent) is shown as it stands, as a vetoed draft.
    expect(explainOutcome({ ...base, procedural: true, outcome: "VETOED", vetoers: [{ member: "RUS" }] }).headline.key).toBe("draft.VETOED.tally");
    expect(explainOutcome({ ...base, objectOfVote: "PROCEDURAL_MOTION", outcome: "VETOED", vetoers: [{ member: "RUS" }] }).headline.key).toBe(
      "draft.VETOED.tally",
    );
    // A procedural motion not marked procedural is still one.
    expect(explainOutcome({ ...base, objectOfVote: "PROCEDURAL_MOTION", procedural: false }).headline.key).toBe("procedural.ADOPTED.tally");
  });

  it("returns only keys from allHeadlineKeys, whatever the record says", () => {
    const keys = new Set(allHeadlineKeys());
    for (const objectOfVote of VOTE_OBJECTS)
      for (const procedural of [false, true])
        for (const modality of ["RECORDED_VOTE", "WITHOUT_VOTE", "NO_ROLL_CALL"] as const)
          for (const outcome of ["ADOPTED", "VETOED", "FAILED"] as const)
            for (const yes of [null, 3, 12])
              for (const vetoers of [[], [{ member: "RUS" }]]) {
                const e = explainOutcome({ ...base, objectOfVote, procedural, modality, outcome, yes, vetoers, votes: [P("RUS", "N"), P("CHN", "A")] });
                expect(keys.has(e.headline.key), `${objectOfVote} ${procedural} ${modality} ${outcome} ${yes}: ${e.headline.key}`).toBe(true);
              }
  });
});

describe("explanation messages", () => {
  const load = (locale: string) => JSON.parse(readFileSync(path.resolve(__dirname, `../../messages/${locale}/common.json`), "utf8")).explain;
  const at = (tree: unknown, key: string) => key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);

  it.each(["en", "th"])("every headline and note has words in %s", (locale) => {
    const explain = load(locale);
    for (const key of allHeadlineKeys()) expect(typeof at(explain, key), key).toBe("string");
    for (const key of NOTE_KEYS) expect(typeof at(explain, `notes.${key}`), key).toBe("string");
  });
});
