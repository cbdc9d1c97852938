// The seed's parse + merge, without a database: the pure half of lib/seed.
import { beforeAll, describe, expect, it } from "vitest";
import { decideOutcome, councilSize } from "@/lib/council/rules";
import { parseCsv, parseCsvRecords } from "@/lib/seed/csv";
import { readSeedInputs, type SeedInputs } from "@/lib/seed/inputs";
import { buildDataset } from "@/lib/seed/merge";
import { splitArticle } from "@/lib/seed/sources";
import { normalizeDraftSymbol, normalizeMeeting, parseResolutionNumber } from "@/lib/seed/symbols";
import { classifyText, parseRecentTopic, TOPICS, CRISIS_TOPICS } from "@/lib/seed/topics";
import type { SeedDataset, SeedDraft } from "@/lib/seed/types";

let inputs: SeedInputs;
let ds: SeedDataset;
const draft = (ref: string): SeedDraft => {
  const d = ds.drafts.find((x) => x.ref === ref);
  if (!d) throw new Error(`no draft ${ref}`);
  return d;
};
const issuesOf = (ref: string) => ds.issues.filter((i) => i.ref === ref);

beforeAll(async () => {
  inputs = await readSeedInputs();
  ds = buildDataset(inputs);
}, 120_000);

describe("CSV reader", () => {
  it("reads quoted fields with commas, doubled quotes, line breaks and CRLF", () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\r\nlines",\r\n';
    expect(parseCsvRecords(text)).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "x, y", 'say "hi"'] },
      { line: 3, fields: ["2", "two\r\nlines", ""] },
    ]);
    const rows = parseCsv(text, ["a", "c"], "t.csv");
    expect(rows[1]!.line).toBe(3);
  });

  it("refuses a file without an expected column, and a row with the wrong field count", () => {
    expect(() => parseCsv("a,b\n1,2\n", ["z"], "t.csv")).toThrow(/missing column/);
    expect(() => parseCsv("a,b\n1,2,3\n", [], "t.csv")).toThrow(/line 2/);
  });
});

describe("symbols", () => {
  it.each([
    ["S/2024/255", "S/2024/255", false],
    ["S/3710 (as amended)", "S/3710", true],
    ["S/471 and S/471/Add.1", "S/471", true],
    ["S/552, S/PV.202", "S/552", true],
    ["S/3188/Corr.1", "S/3188/Corr.1", false],
    ["S/PV.57", null, false],
  ])("draft column %s → %s", (raw, symbol, changed) => {
    expect(normalizeDraftSymbol(raw)).toEqual({ symbol, changed });
  });

  it("adds the missing dot to meeting records and leaves letters alone", () => {
    expect(normalizeMeeting("S/PV9261")).toEqual({ record: "S/PV.9261", number: 9261, changed: true });
    expect(normalizeMeeting("S/PV.9591")).toEqual({ record: "S/PV.9591", number: 9591, changed: false });
    expect(normalizeMeeting("S/2020/661 | S/2020/657").record).toBeNull();
  });

  it("reads resolution numbers written in the sources' several ways", () => {
    for (const raw of ["S/RES/2785(2025)", "2785 (2025)", "2785(2025)", "2785 (2025"]) expect(parseResolutionNumber(raw)).toBe(2785);
  });
});

describe("the seed article", () => {
  it("splits into the Thai text then the English text, both verbatim", () => {
    const { th, en } = splitArticle(inputs.article);
    expect(th).toMatch(/^รัสเซียปกป้องเกาหลีเหนือ/);
    expect(en).toMatch(/^Russia defends North Korea/);
    expect(en).toMatch(/By CNN NEWS$/);
    expect(inputs.article.startsWith(th)).toBe(true);
    expect(inputs.article.trimEnd().endsWith(en)).toBe(true);
    expect(/[\u0E00-\u0E7F]/.test(en)).toBe(false);
  });
});

describe("topics (our classification)", () => {
  it("covers every crisis topic of the veto list with known topic slugs", () => {
    const slugs = new Set(TOPICS.map((t) => t.slug));
    const crises = new Set(parseCsv(inputs.vetoes, ["crisis_topic"], "sc-vetoes.csv").map((r) => r.fields[r.columns.get("crisis_topic")!]!));
    for (const c of crises) {
      expect(CRISIS_TOPICS[c], c).toBeDefined();
      for (const s of CRISIS_TOPICS[c]!) expect(slugs.has(s), s).toBe(true);
    }
    for (const rule of Object.values(CRISIS_TOPICS).flat()) expect(slugs.has(rule)).toBe(true);
  });

  it("classifies agenda items and titles", () => {
    expect(classifyText(["Non-proliferation/Democratic People’s Republic of Korea"], 2024)).toEqual(expect.arrayContaining(["dprk", "non-proliferation"]));
    expect(classifyText(["The situation in the Middle East, including the Palestinian question"], 2023)).toEqual(
      expect.arrayContaining(["israel-palestine", "middle-east"]),
    );
    expect(classifyText(["Maintenance of peace and security of Ukraine"], 2022)).toContain("ukraine");
    // Admission drafts are filed under admission only, not under the applicant's region.
    expect(classifyText(["[on admission of Kuwait to membership in the United Nations]"], 1963)).toEqual(["admission-of-new-members"]);
    // "Ukrainian SSR" (1946) is not Ukraine.
    expect(classifyText(["Telegram dated 24 August 1946 from the Ukrainian Soviet Socialist Republic"], 1946)).not.toContain("ukraine");
  });

  it("reads amendment topics of the recent veto list", () => {
    expect(parseRecentTopic("Ukraine (amendment: sovereignty and territorial integrity)")).toEqual({ base: "Ukraine", amendment: true, slugs: ["ukraine"] });
    expect(parseRecentTopic("DPRK non-proliferation")).toEqual({ base: "DPRK non-proliferation", amendment: false, slugs: ["dprk", "non-proliferation"] });
  });
});

describe("buildDataset on data/", () => {
  it("is deterministic", () => {
    expect(JSON.stringify(buildDataset(inputs))).toBe(JSON.stringify(ds));
  }, 120_000);

  it("gives every draft a unique ref, and every issue a unique natural key with a row", () => {
    expect(new Set(ds.drafts.map((d) => d.ref)).size).toBe(ds.drafts.length);
    const keys = ds.issues.map((i) => `${i.sourceFile}|${i.kind}|${i.sourceRow}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const i of ds.issues) expect(i.sourceRow).toBeTruthy();
    const refs = new Set(ds.drafts.map((d) => d.ref));
    for (const i of ds.issues) if (i.ref) expect(refs.has(i.ref), i.ref).toBe(true);
  });

  it("keeps every resolution 1–2829 once", () => {
    const numbers = ds.drafts
      .map((d) => d.resolutionNumber)
      .filter((n): n is number => n !== null)
      .sort((a, b) => a - b);
    expect(numbers.length).toBe(2829);
    expect(numbers[0]).toBe(1);
    expect(numbers.at(-1)).toBe(2829);
  });

  it("counts the vetoes of the UN Library list to 8 July 2022: 265 in 214 events", () => {
    const early = ds.drafts.filter((d) => d.vetoes.length && d.votedOn! <= "2022-07-08");
    const byMember: Record<string, number> = {};
    for (const d of early) for (const m of d.vetoes) byMember[m] = (byMember[m] ?? 0) + 1;
    expect(byMember).toEqual({ SUN: 90, RUS: 31, USA: 82, GBR: 29, CHN: 17, FRA: 16 });
    expect(early.length).toBe(214);
  });

  it("adds the vetoes of recent-vetoes.csv, counted from the file", () => {
    const rows = parseCsv(inputs.recentVetoes, ["date", "vetoing_members"], "recent-vetoes.csv");
    const expected: Record<string, number> = {};
    for (const r of rows) for (const m of r.fields[r.columns.get("vetoing_members")!]!.split(";")) expected[m] = (expected[m] ?? 0) + 1;
    const late = ds.drafts.filter((d) => d.vetoes.length && d.votedOn! > "2022-07-08" && d.votedOn! <= "2025-12-31");
    const byMember: Record<string, number> = {};
    for (const d of late) for (const m of d.vetoes) byMember[m] = (byMember[m] ?? 0) + 1;
    expect(byMember).toEqual(expected);
    expect(late.length).toBe(rows.length); // one vetoed draft or amendment per row
    expect(draft("S/2022/720").vetoes).toEqual(["RUS"]);
  });

  it("merges the seed vote S/2024/255 from four files", () => {
    const d = draft("S/2024/255");
    expect(d).toMatchObject({
      symbol: "S/2024/255",
      votedOn: "2024-03-28",
      meeting: "S/PV.9591",
      outcome: "VETOED",
      modality: "RECORDED_VOTE",
      votesComplete: true,
      vetoes: ["RUS"],
      penholders: ["USA"],
      tally: { yes: 13, no: 1, abstain: 1, nonVoting: 0 },
    });
    expect(d.title).toMatch(/30 April 2025 .*Panel of Experts.*1718 \(2006\)/);
    expect(d.votes.map((v) => v.member).sort()).toEqual([
      "CHE",
      "CHN",
      "DZA",
      "ECU",
      "FRA",
      "GBR",
      "GUY",
      "JPN",
      "KOR",
      "MLT",
      "MOZ",
      "RUS",
      "SLE",
      "SVN",
      "USA",
    ]);
    expect(d.topics).toContain("dprk");
    const keys = d.sources.map((s) => s.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "seed-article:th",
        "seed-article:en",
        "https://press.un.org/en/2024/sc15648.doc.htm",
        "file:sc-votes-1992-2026-tail.csv",
        "file:recent-vetoes.csv",
      ]),
    );
    expect(draft("S/RES/1718(2006)").sources.map((s) => s.key)).toEqual(expect.arrayContaining(["seed-article:th", "seed-article:en"]));
  });

  it("identifies 1946-48 vetoes by meeting record, never by an invented symbol", () => {
    expect(draft("S/PV.57:2")).toMatchObject({ symbol: null, meeting: "S/PV.57", agendaItem: "Application for Membership Portugal", vetoes: ["SUN"] });
    expect(draft("S/PV.49:2").objectOfVote).toBe("PRELIMINARY_QUESTION");
    expect(draft("S/552:preliminary-question").objectOfVote).toBe("PRELIMINARY_QUESTION");
    expect(issuesOf("S/PV.303:1").map((i) => i.kind)).toContain("draft-column-typo");
  });

  it("links amendments to the draft they amend", () => {
    const amendments = ds.drafts.filter((d) => d.objectOfVote === "AMENDMENT");
    const vetoed = amendments.filter((a) => a.vetoes.length);
    expect(vetoed.map((a) => a.parentRef).sort()).toEqual(["S/RES/2720(2023)", "S/RES/2774(2025)", "S/RES/2774(2025)"]);
    for (const a of vetoed) expect(a.vetoes.length).toBe(1);
    for (const a of amendments) expect(a.parentRef, a.ref).not.toBeNull();
  });

  it("invents no member votes for the 42 resolutions without a roll call: the Library's tables decide", () => {
    const noRollCall = ds.issues.filter((i) => i.kind === "no-roll-call");
    expect(noRollCall.length).toBe(42);
    for (const i of noRollCall) {
      const d = draft(i.ref!);
      expect(d, d.ref).toMatchObject({ flagged: true, outcome: "ADOPTED" });
      // No roll call and no stated tally: nothing stored. "Without vote" in the tables: that modality.
      // A stated tally fixing every vote (15-0-0): the grid derived from it, every vote marked.
      if (d.modality === "RECORDED_VOTE") {
        expect(d.votesDerived, d.ref).toBe(true);
        expect(
          d.votes.every((v) => v.derived),
          d.ref,
        ).toBe(true);
        expect(d.stated, d.ref).not.toBeNull();
      } else expect(d, d.ref).toMatchObject({ votes: [], votesComplete: false });
    }
    expect(issuesOf("S/RES/726(1992)").map((i) => i.kind)).toEqual(expect.arrayContaining(["no-roll-call", "date-placeholder"]));
  });

  it("keeps the 9 adopted resolutions whose grid shows a permanent member against, and flags them", () => {
    const refs = ds.issues
      .filter((i) => i.kind === "adopted-despite-permanent-no")
      .map((i) => i.ref)
      .sort();
    expect(refs).toEqual([
      "S/RES/110(1955)",
      "S/RES/119(1956)",
      "S/RES/120(1956)",
      "S/RES/132(1959)",
      "S/RES/157(1960)",
      "S/RES/34(1947)",
      "S/RES/462(1980)",
      "S/RES/87(1950)",
      "S/RES/88(1950)",
    ]);
    for (const r of refs) expect(draft(r!)).toMatchObject({ outcome: "ADOPTED", vetoes: [], flagged: true });
  });

  it("records the disagreements on 2638 and 2812 with both sources' evidence", () => {
    const i2638 = issuesOf("S/RES/2638(2022)").find((i) => i.kind === "sources-disagree")!;
    expect(i2638.evidence).toHaveProperty(["sc-votes-1992-2026-tail.csv"]);
    expect(draft("S/RES/2638(2022)")).toMatchObject({ modality: "WITHOUT_VOTE", votes: [] });
    const d2812 = draft("S/RES/2812(2026)");
    expect(d2812.tally).toEqual({ yes: 13, no: 0, abstain: 2, nonVoting: 0 });
    expect(
      d2812.votes
        .filter((v) => v.vote === "A")
        .map((v) => v.member)
        .sort(),
    ).toEqual(["CHN", "RUS"]);
    expect(
      issuesOf("S/RES/2812(2026)")
        .map((i) => i.kind)
        .sort(),
    ).toEqual(["sources-disagree", "tally-mismatch"]);
  });

  it("flags S/1127 (China missing from the lists) and derives China's vote only from the Library's tally", () => {
    const d = draft("S/1127");
    // 6-0-5 in the Library's table, ten members listed (5 in favour, 5 abstaining): China's is the sixth "yes".
    expect(d.stated).toMatchObject({ yes: 6, no: 0, abstain: 5 });
    expect(d.votes.find((v) => v.member === "CHN")).toMatchObject({ vote: "Y", derived: true });
    expect(d.votes.filter((v) => v.derived)).toHaveLength(1);
    expect(d.tally.yes).toBe(6);
    expect(issuesOf("S/1127").map((i) => i.kind)).toEqual(expect.arrayContaining(["missing-member", "derived-grid"]));
  });

  it("treats procedural votes as unvetoable", () => {
    expect(draft("S/RES/2623(2022)")).toMatchObject({ procedural: true, outcome: "ADOPTED", vetoes: [], flagged: false });
    expect(draft("S/PV.8105:1")).toMatchObject({ procedural: true, objectOfVote: "PROCEDURAL_MOTION", symbol: null });
  });

  it("agrees with decideOutcome on every complete grid unless the draft is flagged", () => {
    for (const d of ds.drafts.filter((x) => x.votesComplete && !x.flagged)) {
      const decision = decideOutcome({ date: d.votedOn ?? `${d.year}-06-30`, procedural: d.procedural, votes: d.votes });
      expect(d.vetoes, d.ref).toEqual(decision.vetoedBy);
      expect(d.outcome, d.ref).toBe(decision.outcome);
    }
  });

  it("normalizes meeting records and flags the two without a dot", () => {
    const records = new Set(ds.meetings.map((m) => m.record));
    expect(records.has("S/PV.9261")).toBe(true);
    expect(records.has("S/PV9261")).toBe(false);
    expect(
      ds.issues
        .filter((i) => i.kind === "meeting-symbol-normalized")
        .map((i) => i.ref)
        .sort(),
    ).toEqual(["S/RES/2675(2023)", "S/RES/2707(2023)"]);
  });

  it("derives 15 seats a year (11 before 1966) or says why not", () => {
    const byYear = new Map<number, string[]>();
    for (const s of ds.seats) byYear.set(s.year, [...(byYear.get(s.year) ?? []), s.memberCode]);
    for (let year = 1946; year <= 2026; year++) {
      const n = byYear.get(year)?.length ?? 0;
      if (n !== councilSize(`${year}-06-30`))
        expect(
          ds.issues.some((i) => i.ref === null && i.year === year),
          String(year),
        ).toBe(true);
    }
    expect(byYear.get(2024)!.sort()).toEqual(["CHE", "CHN", "DZA", "ECU", "FRA", "GBR", "GUY", "JPN", "KOR", "MLT", "MOZ", "RUS", "SLE", "SVN", "USA"]);
    const ussr = ds.seats.find((s) => s.year === 1991 && s.memberCode === "SUN")!;
    const russia = ds.seats.find((s) => s.year === 1991 && s.memberCode === "RUS")!;
    expect([ussr.endsOn, russia.startsOn, russia.permanent]).toEqual(["1991-12-23", "1991-12-24", true]);
    expect(ds.seats.find((s) => s.year === 1948 && s.memberCode === "UKR")!.nameAtTime).toBe("UKRAINIAN SSR");
  });

  it("has a member state with a Thai name for every code it uses", () => {
    const codes = new Set(ds.members.map((m) => m.code));
    for (const d of ds.drafts) for (const v of [...d.votes.map((x) => x.member), ...d.vetoes, ...d.penholders]) expect(codes.has(v), v).toBe(true);
    for (const m of ds.members) expect(m.nameTh).toMatch(/[\u0E00-\u0E7F]/);
    expect(
      ds.members
        .filter((m) => m.dissolved)
        .map((m) => m.code)
        .sort(),
    ).toEqual(["CSK", "DDR", "SUN", "YMD", "YUG"]);
  });
});

describe("buildDataset on altered inputs", { timeout: 120_000 }, () => {
  it("keeps a veto the grid contradicts, and flags it", () => {
    // The United States voting Yes on S/2024/835 in both grids: the veto list still says it vetoed.
    const altered = {
      ...inputs,
      tail: inputs.tail.replace(/^(\d+,2024-11-20,,S\/2024\/835,[^\n]*,United States,)No$/m, "$1Yes"),
      recentVetoVotes: inputs.recentVetoVotes.replace(/^S\/2024\/835,USA,N,/m, "S/2024/835,USA,Y,"),
    };
    expect(altered.tail).not.toBe(inputs.tail);
    expect(altered.recentVetoVotes).not.toBe(inputs.recentVetoVotes);
    const out = buildDataset(altered);
    expect(out.drafts.find((x) => x.ref === "S/2024/835")).toMatchObject({ outcome: "VETOED", vetoes: ["USA"], flagged: true });
    expect(out.issues.filter((i) => i.ref === "S/2024/835").map((i) => i.kind)).toContain("veto-disagrees-with-grid");
  });

  it("flags a meeting whose votes carry different dates", () => {
    const altered = { ...inputs, recentVetoes: inputs.recentVetoes.replace("2024-04-24,S/2024/302,,", "2024-04-24,S/2024/302,S/PV.9591,") };
    expect(altered.recentVetoes).not.toBe(inputs.recentVetoes);
    const out = buildDataset(altered);
    expect(out.meetings.find((x) => x.record === "S/PV.9591")!.date).toBe("2024-03-28");
    expect(out.issues.find((i) => i.kind === "meeting-date-conflict" && i.sourceRow === "S/PV.9591")).toMatchObject({
      sourceFile: "recent-vetoes.csv",
      ref: "S/2024/302",
    });
    expect(out.drafts.find((d) => d.ref === "S/2024/302")!.flagged).toBe(true);
  });

  it("records a member-by-member disagreement between two grids", () => {
    const altered = { ...inputs, recentVetoVotes: inputs.recentVetoVotes.replace(/^S\/2022\/720,CHN,A,/m, "S/2022/720,CHN,Y,") };
    const out = buildDataset(altered);
    const issue = out.issues.find((i) => i.ref === "S/2022/720" && i.kind === "sources-disagree")!;
    expect(issue.evidence).toMatchObject({ "recent-veto-votes.csv": { votes: { CHN: { kept: "A", other: "Y" } } } });
  });
});
