// The seeded database (tests/support/global-setup.ts runs seedDatabase once; this file gets its own
// copy). Runs on the real PostgreSQL when TEST_DATABASE_URL is set, else on PGlite.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { councilSize, decideOutcome, type VoteCast } from "@/lib/council/rules";
import { DEFAULT_DATA_DIR } from "@/lib/seed/inputs";
import { splitArticle } from "@/lib/seed/sources";
import { seedDatabase } from "@/lib/seed";
import { INFORMATIONAL_ISSUE_KINDS } from "@/lib/seed/merge";
import { vetoCastsInSources } from "../support/veto-sources";

const COUNCIL_2024 = ["CHE", "CHN", "DZA", "ECU", "FRA", "GBR", "GUY", "JPN", "KOR", "MLT", "MOZ", "RUS", "SLE", "SVN", "USA"];

async function vetoesByMember(where: { votedOn?: { lte?: Date; gt?: Date } }) {
  const rows = await db.veto.groupBy({ by: ["memberCode"], where, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.memberCode, r._count._all]));
}

async function draft(ref: string) {
  return db.draft.findUniqueOrThrow({
    where: { ref },
    include: {
      votes: true,
      vetoes: true,
      meeting: true,
      topics: true,
      penholders: true,
      sources: { include: { source: true } },
      issues: true,
    },
  });
}

async function tableCounts(): Promise<Record<string, number>> {
  const [
    memberState,
    permanentSeat,
    permanentSeatHolder,
    councilSeat,
    meeting,
    draft,
    vote,
    veto,
    topic,
    draftTopic,
    penholder,
    source,
    draftSource,
    dataIssue,
    auditEntry,
  ] = await Promise.all([
    db.memberState.count(),
    db.permanentSeat.count(),
    db.permanentSeatHolder.count(),
    db.councilSeat.count(),
    db.meeting.count(),
    db.draft.count(),
    db.vote.count(),
    db.veto.count(),
    db.topic.count(),
    db.draftTopic.count(),
    db.penholder.count(),
    db.source.count(),
    db.draftSource.count(),
    db.dataIssue.count(),
    db.auditEntry.count(),
  ]);
  return {
    memberState,
    permanentSeat,
    permanentSeatHolder,
    councilSeat,
    meeting,
    draft,
    vote,
    veto,
    topic,
    draftTopic,
    penholder,
    source,
    draftSource,
    dataIssue,
    auditEntry,
  };
}

describe("vetoes", () => {
  it("match the UN Library veto list to 8 July 2022: SUN 90, RUS 31, USA 82, GBR 29, CHN 17, FRA 16", async () => {
    const until = await vetoesByMember({ votedOn: { lte: new Date("2022-07-08") } });
    expect(until).toEqual({ SUN: 90, RUS: 31, USA: 82, GBR: 29, CHN: 17, FRA: 16 });
    const drafts = await db.draft.count({ where: { vetoes: { some: {} }, votedOn: { lte: new Date("2022-07-08") } } });
    expect(drafts).toBe(214);
  });

  it("then add exactly the vetoes of recent-vetoes.csv and sc-votes-2026.csv", async () => {
    const expected: Record<string, number> = {};
    for (const c of vetoCastsInSources().filter((x) => x.file !== "sc-vetoes.csv")) expected[c.member] = (expected[c.member] ?? 0) + 1;
    expect(await vetoesByMember({ votedOn: { gt: new Date("2022-07-08") } })).toEqual(expected);
    expect(expected).toEqual({ RUS: 11, USA: 8, CHN: 3 });
    expect(await db.veto.count()).toBe(265 + 20 + 2);
    expect((await draft("S/2022/720")).vetoes.map((v) => v.memberCode)).toEqual(["RUS"]);
  });

  it("agree with decideOutcome on every draft with a complete grid, unless the draft is flagged", async () => {
    const drafts = await db.draft.findMany({
      where: { votesComplete: true },
      select: {
        ref: true,
        votedOn: true,
        year: true,
        procedural: true,
        flagged: true,
        votes: { select: { memberCode: true, vote: true } },
        vetoes: { select: { memberCode: true } },
      },
    });
    expect(drafts.length).toBeGreaterThan(2500);
    let checked = 0;
    for (const d of drafts) {
      if (d.flagged) continue;
      const decision = decideOutcome({
        date: d.votedOn ?? `${d.year}-06-30`,
        procedural: d.procedural,
        votes: d.votes.map((v) => ({ member: v.memberCode, vote: v.vote as VoteCast })),
      });
      expect(d.vetoes.map((v) => v.memberCode).sort(), d.ref).toEqual(decision.vetoedBy);
      checked++;
    }
    expect(checked).toBeGreaterThan(2500);
  });
});

describe("the seed vote: S/2024/255, 28 March 2024", () => {
  it("has 15 votes, 13-1-1, the Russian veto, meeting S/PV.9591 and penholder USA", async () => {
    const d = await draft("S/2024/255");
    expect(d).toMatchObject({
      symbol: "S/2024/255",
      year: 2024,
      outcome: "VETOED",
      objectOfVote: "DRAFT",
      modality: "RECORDED_VOTE",
      procedural: false,
      yesCount: 13,
      noCount: 1,
      abstainCount: 1,
      nonVotingCount: 0,
      votesComplete: true,
      resolutionNumber: null,
    });
    expect(d.votedOn?.toISOString().slice(0, 10)).toBe("2024-03-28");
    expect(d.meeting?.record).toBe("S/PV.9591");
    expect(d.title).toMatch(/extension until 30 April 2025 of the mandate of the Panel of Experts.*resolution 1718 \(2006\)/);
    expect(d.agendaItem).toMatch(/^Non-proliferation\/Democratic People.s Republic of Korea$/);
    expect(d.votes).toHaveLength(15);
    expect(d.votes.map((v) => v.memberCode).sort()).toEqual(COUNCIL_2024);
    expect(d.votes.find((v) => v.memberCode === "RUS")?.vote).toBe("N");
    expect(d.votes.find((v) => v.memberCode === "CHN")?.vote).toBe("A");
    expect(d.votes.filter((v) => v.vote === "Y")).toHaveLength(13);
    expect(d.vetoes.map((v) => v.memberCode)).toEqual(["RUS"]);
    expect(d.penholders.map((p) => p.memberCode)).toEqual(["USA"]);
    expect(d.topics.map((t) => t.topicSlug)).toContain("dprk");
  });

  it("links the article twice (Thai and English, verbatim) and UN press release SC/15648", async () => {
    const d = await draft("S/2024/255");
    const sources = d.sources.map((s) => s.source);
    const th = sources.find((s) => s.key === "seed-article:th");
    const en = sources.find((s) => s.key === "seed-article:en");
    const article = splitArticle(readFileSync(path.join(DEFAULT_DATA_DIR, "seed-article.txt"), "utf8"));
    expect(th).toMatchObject({ language: "th", outlet: "CNN", text: article.th });
    expect(en).toMatchObject({ language: "en", outlet: "CNN", text: article.en });
    expect(th!.text).toMatch(/^รัสเซียปกป้องเกาหลีเหนือในสหประชาชาติ/);
    expect(en!.text).toMatch(/^Russia defends North Korea in the United Nations/);
    expect(sources.find((s) => s.url === "https://press.un.org/en/2024/sc15648.doc.htm")).toMatchObject({
      key: "https://press.un.org/en/2024/sc15648.doc.htm",
    });
    expect(sources.map((s) => s.key)).toEqual(
      expect.arrayContaining(["file:sc-votes-1992-2026-tail.csv", "file:recent-vetoes.csv", "file:recent-veto-votes.csv"]),
    );
  });

  it("resolution 1718 (2006) was adopted unanimously on 14 October 2006 and is linked to the article", async () => {
    const d = await draft("S/RES/1718(2006)");
    expect(d).toMatchObject({ resolutionNumber: 1718, outcome: "ADOPTED", yesCount: 15, noCount: 0, abstainCount: 0, votesComplete: true });
    expect(d.votedOn?.toISOString().slice(0, 10)).toBe("2006-10-14");
    expect(d.votes.every((v) => v.vote === "Y")).toBe(true);
    expect(d.sources.map((s) => s.source.key)).toEqual(expect.arrayContaining(["seed-article:th", "seed-article:en", "file:sc-votes-adopted.csv"]));
  });
});

describe("other known votes", () => {
  it("S/2022/155 (25 Feb 2022): 11-1-3, vetoed by the Russian Federation", async () => {
    const d = await draft("S/2022/155");
    expect(d).toMatchObject({ outcome: "VETOED", yesCount: 11, noCount: 1, abstainCount: 3, votesComplete: true });
    expect(d.votedOn?.toISOString().slice(0, 10)).toBe("2022-02-25");
    expect(d.vetoes.map((v) => v.memberCode)).toEqual(["RUS"]);
    expect(d.topics.map((t) => t.topicSlug)).toContain("ukraine");
  });

  it("S/2011/612 (4 Oct 2011): vetoed by the Russian Federation and China", async () => {
    const d = await draft("S/2011/612");
    expect(d.outcome).toBe("VETOED");
    expect(d.vetoes.map((v) => v.memberCode).sort()).toEqual(["CHN", "RUS"]);
    expect(d.topics.map((t) => t.topicSlug)).toContain("syria");
  });

  it("files the vetoes on Syria, Ukraine and Gaza under their topics", async () => {
    const vetoed = await db.draft.findMany({
      where: { vetoes: { some: {} } },
      select: { ref: true, votedOn: true, agendaItem: true, topics: { select: { topicSlug: true } } },
    });
    const topicsOf = (ref: string) => vetoed.find((d) => d.ref === ref)!.topics.map((t) => t.topicSlug);
    for (const ref of ["S/2011/612", "S/2012/77", "S/2019/961", "S/2022/538", "S/2023/506"]) expect(topicsOf(ref), ref).toContain("syria");
    for (const ref of ["S/2014/189", "S/2022/155", "S/2022/720"]) expect(topicsOf(ref), ref).toContain("ukraine");
    for (const ref of ["S/2023/773", "S/2023/970", "S/2024/173", "S/2024/835", "S/2025/353"]) expect(topicsOf(ref), ref).toContain("israel-palestine");
    // Every veto is filed under at least one topic.
    expect(vetoed.filter((d) => d.topics.length === 0).map((d) => d.ref)).toEqual([]);
  });

  it("keeps 1946-48 vetoes identified by meeting record, without a symbol", async () => {
    const d = await draft("S/PV.57:2");
    expect(d).toMatchObject({ symbol: null, outcome: "VETOED", modality: "NO_ROLL_CALL", votesComplete: false });
    expect(d.meeting?.record).toBe("S/PV.57");
    expect(d.vetoes.map((v) => v.memberCode)).toEqual(["SUN"]);
    expect((await draft("S/PV.49:2")).objectOfVote).toBe("PRELIMINARY_QUESTION");
  });

  it("stores procedural votes as not vetoable", async () => {
    expect(await draft("S/RES/2623(2022)")).toMatchObject({ procedural: true, outcome: "ADOPTED", vetoes: [] });
    expect(await draft("S/PV.8105:1")).toMatchObject({ procedural: true, objectOfVote: "PROCEDURAL_MOTION", vetoes: [] });
  });

  it("stores amendments with their parent draft", async () => {
    const amendments = await db.draft.findMany({
      where: { objectOfVote: "AMENDMENT" },
      select: { ref: true, parentDraft: { select: { ref: true } }, vetoes: true },
    });
    expect(amendments).toHaveLength(12);
    expect(
      amendments
        .filter((a) => a.vetoes.length)
        .map((a) => a.parentDraft?.ref)
        .sort(),
    ).toEqual(["S/RES/2720(2023)", "S/RES/2774(2025)", "S/RES/2774(2025)"]);
    for (const a of amendments) expect(a.parentDraft, a.ref).not.toBeNull();
  });
});

describe("defective rows and disagreements", () => {
  it("are listed as data issues and flag their drafts", async () => {
    const issues = await db.dataIssue.findMany({ include: { draft: { select: { ref: true, flagged: true } } } });
    const of = (kind: string) => issues.filter((i) => i.kind === kind);
    expect(of("no-roll-call")).toHaveLength(42);
    expect(
      of("adopted-despite-permanent-no")
        .map((i) => i.draft!.ref)
        .sort(),
    ).toEqual([
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
    expect(of("draft-column-typo")).toEqual([expect.objectContaining({ sourceFile: "sc-vetoes.csv", sourceRow: "veto_id 24" })]);
    expect(of("draft-column-typo")[0]!.evidence).toMatchObject({ draft: "S/PV.3038", meeting: "S/PV.303" });
    const d2812 = issues.filter((i) => i.draft?.ref === "S/RES/2812(2026)");
    expect(d2812.map((i) => i.kind).sort()).toEqual(["sources-disagree", "tally-mismatch"]);
    expect(JSON.stringify(d2812.find((i) => i.kind === "sources-disagree")!.evidence)).toMatch(/sc-votes-adopted-2022-2026\.csv/);
    expect(issues.some((i) => i.kind === "sources-disagree" && i.draft?.ref === "S/RES/2638(2022)")).toBe(true);
    expect(issues.some((i) => i.kind === "missing-member" && i.draft?.ref === "S/1127")).toBe(true);
    expect(issues.some((i) => i.kind === "date-placeholder" && i.draft?.ref === "S/RES/726(1992)")).toBe(true);
    // A note on how a fact was read (derived from the tally, non-participation) does not flag a draft.
    for (const i of issues) if (i.draft && !INFORMATIONAL_ISSUE_KINDS.has(i.kind)) expect(i.draft.flagged, i.draft.ref).toBe(true);
    // …and every flagged draft has an issue saying why.
    expect(await db.draft.count({ where: { flagged: true, issues: { none: {} } } })).toBe(0);
  });

  it("stores no invented votes for resolutions without a roll call", async () => {
    const noRollCall = await db.draft.findMany({
      where: { issues: { some: { kind: "no-roll-call" } } },
      select: {
        ref: true,
        modality: true,
        votesComplete: true,
        votesDerived: true,
        statedYes: true,
        _count: { select: { votes: true } },
        votes: { select: { derived: true } },
      },
    });
    expect(noRollCall).toHaveLength(42);
    for (const d of noRollCall)
      if (d.votesDerived) expect(d.statedYes !== null && d.votes.every((v) => v.derived), d.ref).toBe(true);
      else expect(d, d.ref).toMatchObject({ modality: expect.stringMatching(/^(NO_ROLL_CALL|WITHOUT_VOTE)$/), votesComplete: false, _count: { votes: 0 } });
    expect(await draft("S/RES/2638(2022)")).toMatchObject({ modality: "WITHOUT_VOTE", votes: [] });
  });

  it("normalizes meeting records without a dot", async () => {
    expect(await db.meeting.findUnique({ where: { record: "S/PV.9261" } })).not.toBeNull();
    expect(await db.meeting.findUnique({ where: { record: "S/PV9261" } })).toBeNull();
    expect(await db.dataIssue.count({ where: { kind: "meeting-symbol-normalized" } })).toBe(2);
  });
});

describe("council seats", () => {
  it("2024 has exactly the fifteen members", async () => {
    const seats = await db.councilSeat.findMany({ where: { year: 2024 }, select: { memberCode: true, permanent: true } });
    expect(seats.map((s) => s.memberCode).sort()).toEqual(COUNCIL_2024);
    expect(
      seats
        .filter((s) => s.permanent)
        .map((s) => s.memberCode)
        .sort(),
    ).toEqual(["CHN", "FRA", "GBR", "RUS", "USA"]);
  });

  it("every year has 15 seats (11 before 1966) or a data issue saying why not", async () => {
    const rows = await db.councilSeat.groupBy({ by: ["year"], _count: { _all: true } });
    const byYear = new Map(rows.map((r) => [r.year, r._count._all]));
    const yearIssues = new Set((await db.dataIssue.findMany({ where: { draftId: null }, select: { year: true } })).map((i) => i.year));
    for (let year = 1946; year <= 2026; year++) {
      if ((byYear.get(year) ?? 0) !== councilSize(`${year}-06-30`)) expect(yearIssues.has(year), String(year)).toBe(true);
    }
    expect(byYear.get(1990)).toBe(16);
    expect(byYear.get(1991)).toBe(16);
  });

  it("splits 1991 between the USSR and the Russian Federation", async () => {
    const seats = await db.councilSeat.findMany({ where: { year: 1991, memberCode: { in: ["SUN", "RUS"] } }, orderBy: { startsOn: "asc" } });
    expect(seats.map((s) => [s.memberCode, s.startsOn.toISOString().slice(0, 10), s.endsOn.toISOString().slice(0, 10), s.permanent])).toEqual([
      ["SUN", "1991-01-01", "1991-12-23", true],
      ["RUS", "1991-12-24", "1991-12-31", true],
    ]);
  });

  it("holds the permanent seats and their holders, with Thai names", async () => {
    expect((await db.permanentSeat.findMany({ orderBy: { id: "asc" } })).map((s) => s.id)).toEqual(["CHN", "FRA", "GBR", "RUS", "USA"]);
    expect((await db.permanentSeat.findUniqueOrThrow({ where: { id: "RUS" } })).nameEn).toBe("USSR / Russian Federation");
    const holders = await db.permanentSeatHolder.findMany();
    const h = (id: string) => holders.find((x) => x.id === id)!;
    expect(h("ROC")).toMatchObject({ seatId: "CHN", memberCode: "CHN" });
    expect(h("ROC").endsOn?.toISOString().slice(0, 10)).toBe("1971-10-25");
    expect(h("PRC").startsOn.toISOString().slice(0, 10)).toBe("1971-10-25");
    expect(h("SUN").endsOn?.toISOString().slice(0, 10)).toBe("1991-12-24");
    expect(h("RUS").startsOn.toISOString().slice(0, 10)).toBe("1991-12-24");
    for (const x of holders) expect(x.nameTh).toMatch(/[\u0E00-\u0E7F]/);
    const members = await db.memberState.findMany();
    expect(members.length).toBeGreaterThanOrEqual(130);
    for (const m of members) expect(m.nameTh, m.code).toMatch(/[\u0E00-\u0E7F]/);
  });
});

describe("running the seed again", () => {
  it("changes nothing, keeps editors' changes and rows, and writes no second audit entry", async () => {
    const audits = await db.auditEntry.findMany({ where: { actor: "seed", action: "import" } });
    expect(audits).toHaveLength(1);

    // An editor's row and an editor's change must survive a re-seed.
    await db.draft.create({ data: { ref: "S/2026/9999", symbol: "S/2026/9999", year: 2026, outcome: "FAILED" } });
    await db.draft.update({ where: { ref: "S/2024/302" }, data: { title: "Edited by an editor" } });
    const s2024302 = await db.draft.findUniqueOrThrow({ where: { ref: "S/2024/302" }, select: { id: true } });
    await db.vote.delete({ where: { draftId_memberCode: { draftId: s2024302.id, memberCode: "CHE" } } });

    const before = await tableCounts();
    const t0 = performance.now();
    const report = await seedDatabase(db, {});
    const ms = performance.now() - t0;
    expect(await tableCounts()).toEqual(before);
    expect(Object.values(report.inserted).every((n) => n === 0)).toBe(true);
    expect(report.synonymsChanged).toBe(0); // data/search-synonyms.csv is loaded once, then left alone
    expect(report.vetoesByMember).toEqual({ SUN: 90, RUS: 42, USA: 90, GBR: 29, CHN: 20, FRA: 16 });
    expect(report.issueList.length).toBe(report.issues);
    expect(await db.draft.findUnique({ where: { ref: "S/2026/9999" } })).not.toBeNull();
    expect((await db.draft.findUniqueOrThrow({ where: { ref: "S/2024/302" } })).title).toBe("Edited by an editor");
    // A vote an editor removed from an existing draft is not put back.
    expect(await db.vote.count({ where: { draftId: s2024302.id } })).toBe(14);
    expect(ms).toBeLessThan(20_000);
  });
});
