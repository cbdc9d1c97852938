import { describe, expect, it } from "vitest";
import { gridCounts, standingAlone } from "@/lib/council/alone";
import type { VoteCast } from "@/lib/council/rules";

const grid = (s: string) =>
  s.split(" ").map((pair) => {
    const [member, vote] = pair.split(":");
    return { member: member!, vote: vote as VoteCast };
  });

describe("standingAlone", () => {
  it.each([
    { name: "unanimous: nobody", votes: "USA:Y FRA:Y GBR:Y RUS:Y CHN:Y", expected: [] },
    {
      name: "S/2024/255: the Russian Federation alone against, China alone abstaining",
      votes: "USA:Y FRA:Y GBR:Y RUS:N CHN:A MLT:Y",
      expected: [
        { member: "CHN", vote: "A", partner: null },
        { member: "RUS", vote: "N", partner: null },
      ],
    },
    {
      name: "two against: each with the other",
      votes: "USA:Y FRA:Y GBR:Y RUS:N CHN:N",
      expected: [
        { member: "CHN", vote: "N", partner: "RUS" },
        { member: "RUS", vote: "N", partner: "CHN" },
      ],
    },
    { name: "three against: none", votes: "USA:N FRA:N GBR:N RUS:Y CHN:Y ALG:Y", expected: [] },
    {
      name: "alone in favour (everyone else abstaining)",
      votes: "SUN:Y USA:A FRA:A GBR:A CHN:A",
      expected: [{ member: "SUN", vote: "Y", partner: null }],
    },
    {
      name: "non-participation is no position and shares nothing",
      votes: "USA:Y FRA:Y GBR:Y SUN:X CHN:X EGY:A",
      expected: [{ member: "EGY", vote: "A", partner: null }],
    },
    { name: "no votes", votes: "", expected: [] },
  ])("$name", ({ votes, expected }) => {
    expect(standingAlone(votes ? grid(votes) : [])).toEqual(expected);
  });
});

describe("gridCounts", () => {
  const complete = { modality: "RECORDED_VOTE", votesComplete: true, votesDerived: false, tallyCheck: "AGREES" };
  it.each([
    { name: "a complete recorded grid", draft: complete, counts: true },
    { name: "with non-participation read from the tally", draft: { ...complete, tallyCheck: "NON_PARTICIPATION" }, counts: true },
    { name: "no stated tally to compare", draft: { ...complete, tallyCheck: null }, counts: true },
    { name: "a partial grid", draft: { ...complete, votesComplete: false }, counts: false },
    { name: "a grid derived from the stated tally", draft: { ...complete, votesDerived: true }, counts: false },
    { name: "a grid the UN's stated tally contradicts", draft: { ...complete, tallyCheck: "DISAGREES" }, counts: false },
    { name: "adopted without a vote", draft: { ...complete, modality: "WITHOUT_VOTE", votesComplete: false }, counts: false },
    { name: "no roll call", draft: { ...complete, modality: "NO_ROLL_CALL", votesComplete: false }, counts: false },
  ])("$name: $counts", ({ draft, counts }) => {
    expect(gridCounts(draft)).toBe(counts);
  });
});
