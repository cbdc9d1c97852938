import { describe, expect, it } from "vitest";
import { derivedVotes, findSource, gridTally, pressReleases, readerNotes, tallyDisagreement, tallyText } from "@/lib/draft-record";

const TAIL = { key: "file:sc-votes-1992-2026-tail.csv", title: "Security Council votes on every draft put to the vote", url: null };
const PRESS = { key: "https://press.un.org/en/2012/sc10714.doc.htm", title: "UN press release SC/10714", url: "https://press.un.org/en/2012/sc10714.doc.htm" };
const SOURCES = [TAIL, PRESS];

describe("press releases", () => {
  it("links each symbol to press.un.org under the meeting's year, lower case without the slash", () => {
    expect(pressReleases("SC/12189", 2016)).toEqual([{ symbol: "SC/12189", url: "https://press.un.org/en/2016/sc12189.doc.htm" }]);
  });

  it("splits several press releases joined with commas", () => {
    expect(pressReleases("SC/15648, SC/15649", 2024).map((p) => p.url)).toEqual([
      "https://press.un.org/en/2024/sc15648.doc.htm",
      "https://press.un.org/en/2024/sc15649.doc.htm",
    ]);
  });

  it("names a symbol of another form without inventing an address, and nothing for none", () => {
    expect(pressReleases("SC/8166/Rev.1", 2004)).toEqual([{ symbol: "SC/8166/Rev.1", url: null }]);
    expect(pressReleases(null, 2004)).toEqual([]);
    expect(pressReleases(" , ", 2004)).toEqual([]);
  });
});

describe("sources", () => {
  it("finds a source by its key or by the bare file name evidence uses", () => {
    expect(findSource(SOURCES, "file:sc-votes-1992-2026-tail.csv")).toBe(TAIL);
    expect(findSource(SOURCES, "sc-votes-1992-2026-tail.csv")).toBe(TAIL);
    expect(findSource(SOURCES, "unknown.csv")).toBeNull();
    expect(findSource(SOURCES, 42)).toBeNull();
  });
});

describe("tallies", () => {
  it("adds up a grid and writes tallies as the UN does", () => {
    const t = gridTally([{ vote: "Y" }, { vote: "Y" }, { vote: "N" }, { vote: "A" }, { vote: "X" }]);
    expect(t).toEqual({ yes: 2, no: 1, abstain: 1, nonVoting: 1 });
    expect(tallyText(t)).toBe("2–1–1");
  });

  const grid = [...Array.from({ length: 13 }, (_, i) => ({ vote: "Y" as const, i })), { vote: "N" as const }, { vote: "N" as const }];

  it("takes both figures and both sources from the tally-disagrees issue", () => {
    const d = tallyDisagreement(
      {
        tallyCheck: "DISAGREES",
        statedTally: { yes: 11, no: 2, abstain: 2 },
        statedTallyFrom: null,
        votes: grid,
        counts: null,
        issues: [
          {
            kind: "tally-disagrees",
            evidence: {
              stated: { yes: 11, no: 2, abstain: 2 },
              grid: { yes: 13, no: 2, abstain: 0, nonVoting: 0 },
              statedFrom: PRESS.key,
              gridFrom: "sc-votes-1992-2026-tail.csv",
            },
          },
        ],
      },
      SOURCES,
    );
    expect(d).toEqual({ stated: { yes: 11, no: 2, abstain: 2 }, grid: { yes: 13, no: 2, abstain: 0, nonVoting: 0 }, statedFrom: PRESS, gridFrom: TAIL });
  });

  it("falls back to the draft's stated tally and its member votes when the issue is missing", () => {
    const d = tallyDisagreement(
      { tallyCheck: "DISAGREES", statedTally: { yes: 11, no: 2, abstain: 2 }, statedTallyFrom: PRESS.key, votes: grid, counts: null, issues: [] },
      SOURCES,
    );
    expect(d).toEqual({ stated: { yes: 11, no: 2, abstain: 2 }, grid: { yes: 13, no: 2, abstain: 0, nonVoting: 0 }, statedFrom: PRESS, gridFrom: null });
  });

  it("is null unless the check says the two disagree", () => {
    for (const tallyCheck of [null, "AGREES", "NON_PARTICIPATION"])
      expect(
        tallyDisagreement({ tallyCheck, statedTally: { yes: 11, no: 2, abstain: 2 }, statedTallyFrom: null, votes: grid, counts: null, issues: [] }, SOURCES),
      ).toBeNull();
  });
});

describe("derived votes", () => {
  const votes = [
    { member: "USA", vote: "N" as const, derived: false },
    ...["CHN", "FRA", "GBR", "RUS", "DZA"].map((member) => ({ member, vote: "Y" as const, derived: true })),
  ];

  it("marks the votes flagged one by one, the others named by the sources", () => {
    const d = derivedVotes(votes, false)!;
    expect([...d.members].sort()).toEqual(["CHN", "DZA", "FRA", "GBR", "RUS"]);
    expect(d.groups).toEqual([{ vote: "Y", count: 5 }]);
    expect(d.scope).toBe("others");
  });

  it("marks the whole grid when the draft says it is derived and no vote is flagged", () => {
    const plain = votes.map((v) => ({ ...v, derived: false }));
    const d = derivedVotes(plain, true)!;
    expect(d.members.size).toBe(6);
    expect(d.groups).toEqual([
      { vote: "Y", count: 5 },
      { vote: "N", count: 1 },
    ]);
    expect(d.scope).toBe("all");
    expect(derivedVotes(plain, false)).toBeNull();
  });
});

describe("reader notes", () => {
  it("says what the sources disagree on and which source the page follows, without file names", () => {
    const notes = readerNotes(
      [
        {
          kind: "sources-disagree",
          evidence: {
            kept: { votedOn: "2025-12-23", votesFrom: "sc-votes-adopted-2022-2026.csv" },
            "sc-votes-adopted-2022-2026.csv": {
              row: ["S/RES/2809(2025)"],
              fields: { votedOn: { kept: "2025-12-23", other: "2025-11-13", keptFrom: "sc-votes-1992-2026-tail.csv" } },
            },
          },
        },
      ],
      SOURCES,
    );
    expect(notes).toEqual([{ key: "sourcesDisagree", field: "date", source: TAIL.title }]);
    expect(JSON.stringify(notes)).not.toMatch(/\.csv|row|item_id/);
  });

  it("reports disagreeing member votes with the source they were kept from, or none when unknown", () => {
    const evidence = { kept: { votesFrom: "sc-votes-1992-2026-tail.csv" }, "other.csv": { row: ["x"], votes: { CHN: { kept: "A", other: "Y" } }, fields: {} } };
    expect(readerNotes([{ kind: "sources-disagree", evidence }], SOURCES)).toEqual([{ key: "sourcesDisagree", field: "votes", source: TAIL.title }]);
    expect(readerNotes([{ kind: "sources-disagree", evidence: null }], SOURCES)).toEqual([{ key: "sourcesDisagree", field: "other", source: null }]);
  });

  it("leaves out cleaning steps and what other parts of the page say, and keeps unknown kinds as a plain note", () => {
    const hidden = [
      "no-roll-call",
      "malformed-value",
      "description-mismatch",
      "symbol-normalized",
      "meeting-symbol-normalized",
      "wrong-permanent-flag",
      "tally-disagrees",
    ];
    expect(
      readerNotes(
        hidden.map((kind) => ({ kind, evidence: null })),
        SOURCES,
      ),
    ).toEqual([]);
    expect(readerNotes([{ kind: "something-new", evidence: null }], SOURCES)).toEqual([{ key: "other" }]);
  });

  it("words the remaining kinds and drops repeats", () => {
    const notes = readerNotes(
      [
        { kind: "missing-date", evidence: null },
        { kind: "missing-date", evidence: null },
        { kind: "missing-member", evidence: { missing: ["CHN"] } },
        { kind: "mislabelled-row", evidence: { voteOn: "S/2017/962" } },
        { kind: "adopted-despite-permanent-no", evidence: {} },
      ],
      SOURCES,
    );
    expect(notes).toEqual([
      { key: "missingDate" },
      { key: "missingMember", count: 1 },
      { key: "mislabelled", label: "S/2017/962" },
      { key: "adoptedDespitePermanentNo" },
    ]);
  });
});
