import { describe, expect, it } from "vitest";
import { agreementPoints, memberPairs, MIN_SHARED_VOTES } from "@/lib/agreement";
import { compareSearch, parseCompareParams } from "@/lib/validations/compare";

describe("agreementPoints", () => {
  const rows = [
    { year: 2001, shared: 40, same: 30 },
    { year: 2003, shared: 3, same: 1 },
  ];

  it.each([
    [2000, { year: 2000, shared: 0, same: 0, agreement: null, thin: true }],
    [2001, { year: 2001, shared: 40, same: 30, agreement: 75, thin: false }],
    [2002, { year: 2002, shared: 0, same: 0, agreement: null, thin: true }],
    [2003, { year: 2003, shared: 3, same: 1, agreement: 33.3, thin: true }],
  ])("year %i", (year, expected) => {
    expect(agreementPoints(rows, { from: 2000, to: 2003 }).find((p) => p.year === year)).toEqual(expected);
  });

  it("one point per year of the range, in order", () => {
    expect(agreementPoints(rows, { from: 1999, to: 2004 }).map((p) => p.year)).toEqual([1999, 2000, 2001, 2002, 2003, 2004]);
  });

  it("thin below the minimum of shared votes, not at it", () => {
    const [below, at] = agreementPoints(
      [
        { year: 1, shared: MIN_SHARED_VOTES - 1, same: 0 },
        { year: 2, shared: MIN_SHARED_VOTES, same: 0 },
      ],
      { from: 1, to: 2 },
    );
    expect([below!.thin, at!.thin]).toEqual([true, false]);
  });

  it("rounds to one decimal (2 of 3 is 66.7 %)", () => {
    expect(agreementPoints([{ year: 1, shared: 3, same: 2 }], { from: 1, to: 1 })[0]!.agreement).toBe(66.7);
  });
});

describe("memberPairs", () => {
  it.each([
    [[], []],
    [["RUS"], []],
    [["RUS", "USA"], [["RUS", "USA"]]],
    [
      ["CHN", "RUS", "USA", "FRA"],
      [
        ["CHN", "RUS"],
        ["CHN", "USA"],
        ["CHN", "FRA"],
        ["RUS", "USA"],
        ["RUS", "FRA"],
        ["USA", "FRA"],
      ],
    ],
  ])("%j", (members, pairs) => {
    expect(memberPairs(members)).toEqual(pairs);
  });
});

describe("parseCompareParams", () => {
  it.each([
    [{ members: "RUS,USA,CHN" }, ["RUS", "USA", "CHN"], 0],
    [{ members: ["rus", "usa", "", ""] }, ["RUS", "USA"], 0], // the form: one field per choice, empty ones left
    [{ members: ["RUS", "RUS"] }, ["RUS"], 0],
    [{ members: "RUS,USA,CHN,FRA,GBR" }, ["RUS", "USA", "CHN", "FRA"], 1],
    [{ members: "RUS,U$A" }, ["RUS"], 1],
    [{}, [], 0],
  ])("%j", (params, members, notices) => {
    const p = parseCompareParams(params);
    expect(p.members).toEqual(members);
    expect(p.notices).toHaveLength(notices);
  });

  it("reads the years, topic, outcome, page and contested; drops the rest with a notice", () => {
    const p = parseCompareParams({
      members: "RUS,USA",
      from: "2000",
      to: "2010",
      topic: "syria",
      outcome: "vetoed",
      page: "2",
      contested: "1",
      country: "FRA",
    });
    expect(p.filters).toEqual({ from: 2000, to: 2010, topic: "syria", outcome: "vetoed", page: 2 });
    expect(p.contested).toBe(true);
    expect(parseCompareParams({ members: "RUS,USA", outcome: "maybe" }).notices).toEqual([{ param: "outcome", value: "maybe", reason: "invalid" }]);
  });

  it("Buddhist-era years are read as common-era ones", () => {
    expect(parseCompareParams({ members: "RUS,USA", from: "2543" }).filters.from).toBe(2000);
  });
});

describe("compareSearch", () => {
  const p = { members: ["RUS", "USA"], filters: { from: 2000, topic: "syria", page: 3 }, contested: true };
  it("keeps the members as one value, the filters and contested", () => {
    expect(compareSearch(p)).toBe("?members=RUS%2CUSA&from=2000&topic=syria&page=3&contested=1");
  });
  it("page 1 is left out; contested can be switched", () => {
    expect(compareSearch(p, { page: 1, contested: false })).toBe("?members=RUS%2CUSA&from=2000&topic=syria");
  });
  it("round-trips through the parser", () => {
    const back = parseCompareParams(Object.fromEntries(new URLSearchParams(compareSearch(p))));
    expect({ members: back.members, filters: back.filters, contested: back.contested }).toEqual(p);
  });
});
