import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/resolutions/[...ref]/route";
import { db } from "@/lib/db";
import { getDraftByRef } from "@/lib/queries/draft-detail";

// How each vote is known, as the draft query and /api/resolutions/<ref> report it. The seed in this
// branch leaves the new columns at their defaults, so each test sets them on real drafts in this
// file's own copy of the database, then reads them back.

async function api(path: string) {
  const res = await GET(new Request(`http://localhost/api/resolutions/${path}`), { params: Promise.resolve({ ref: path.split("/") }) });
  expect(res.status).toBe(200);
  return res.json();
}

const idOf = async (ref: string) => (await db.draft.findUniqueOrThrow({ where: { ref }, select: { id: true } })).id;

describe("a stated tally that disagrees with the member votes (S/2025/353, grid 14-1-0)", () => {
  beforeAll(async () => {
    const id = await idOf("S/2025/353");
    await db.source.createMany({
      data: [
        { key: "test:un-voting-data", title: "Test: the UN's official voting data", url: "https://example.org/un", kind: "UN_RECORD" },
        { key: "file:test-grid.csv", title: "Test: a compilation of member votes", kind: "COMPILATION" },
      ],
    });
    await db.draft.update({
      where: { id },
      data: { statedYes: 12, statedNo: 1, statedAbstain: 2, statedTallyFrom: "test:un-voting-data", tallyCheck: "DISAGREES", flagged: true },
    });
    await db.dataIssue.create({
      data: {
        draftId: id,
        year: 2025,
        sourceFile: "test-grid.csv",
        sourceRow: "line 12",
        kind: "tally-disagrees",
        reason: "Stated 12-1-2 (test:un-voting-data) but the grid in test-grid.csv line 12 adds up to 14-1-0.",
        // The grid's source named by its bare file name, as the seed writes evidence.
        evidence: {
          stated: { yes: 12, no: 1, abstain: 2 },
          grid: { yes: 14, no: 1, abstain: 0, nonVoting: 0 },
          statedFrom: "test:un-voting-data",
          gridFrom: "test-grid.csv",
        },
      },
    });
  });

  it("the query carries both figures, their sources, and keeps the member votes as recorded", async () => {
    const d = (await getDraftByRef("S/2025/353"))!;
    expect(d.tallyCheck).toBe("DISAGREES");
    expect(d.statedTally).toEqual({ yes: 12, no: 1, abstain: 2 });
    expect(d.statedTallySource).toMatchObject({ key: "test:un-voting-data", title: "Test: the UN's official voting data" });
    expect(d.tallyDisagreement).toEqual({
      stated: { yes: 12, no: 1, abstain: 2 },
      grid: { yes: 14, no: 1, abstain: 0, nonVoting: 0 },
      statedFrom: { key: "test:un-voting-data", title: "Test: the UN's official voting data", url: "https://example.org/un" },
      gridFrom: { key: "file:test-grid.csv", title: "Test: a compilation of member votes", url: null },
    });
    expect(d.votes.filter((v) => v.vote === "Y")).toHaveLength(14);
    // The reader's notes leave the disagreement to its own notice and name no file or row.
    expect(JSON.stringify(d.readerNotes)).not.toMatch(/tally-disagrees|\.csv|line 12/);
  });

  it("the API adds the stated tally, its source and the evidence, and keeps the existing fields", async () => {
    const body = await api("S/2025/353");
    expect(body.draft).toMatchObject({
      ref: "S/2025/353",
      outcome: "VETOED",
      tally: { yes: 14, no: 1, abstain: 0 },
      statedTally: { yes: 12, no: 1, abstain: 2 },
      statedTallyFrom: "test:un-voting-data",
      tallyCheck: "DISAGREES",
      votesDerived: false,
      unconfirmed: false,
      tallyDisagreement: { stated: { yes: 12, no: 1, abstain: 2 }, grid: { yes: 14, no: 1, abstain: 0, nonVoting: 0 } },
    });
    expect(body.dataIssues).toContainEqual(
      expect.objectContaining({
        kind: "tally-disagrees",
        sourceFile: "test-grid.csv",
        sourceRow: "line 12",
        evidence: expect.objectContaining({ gridFrom: "test-grid.csv" }),
      }),
    );
  });

  it("without its issue, the draft's stated tally and its member votes give the two figures", async () => {
    await db.dataIssue.deleteMany({ where: { sourceFile: "test-grid.csv" } });
    const d = (await getDraftByRef("S/2025/353"))!;
    expect(d.tallyDisagreement).toMatchObject({ stated: { yes: 12, no: 1, abstain: 2 }, grid: { yes: 14, no: 1, abstain: 0, nonVoting: 0 }, gridFrom: null });
    expect(d.tallyDisagreement!.statedFrom?.key).toBe("test:un-voting-data");
  });
});

describe("abstentions the stated tally does not count (S/2023/970)", () => {
  it("reads the vote as not participating and says what the compilation recorded", async () => {
    const id = await idOf("S/2023/970");
    await db.vote.updateMany({ where: { draftId: id }, data: { recordedAs: null } });
    await db.vote.update({ where: { draftId_memberCode: { draftId: id, memberCode: "GBR" } }, data: { vote: "X", recordedAs: "A" } });
    await db.draft.update({ where: { id }, data: { statedYes: 13, statedNo: 1, statedAbstain: 0, tallyCheck: "NON_PARTICIPATION" } });
    await db.dataIssue.create({
      data: {
        draftId: id,
        year: 2023,
        sourceFile: "test",
        sourceRow: "S/2023/970",
        kind: "non-participation",
        reason: "test",
        evidence: { gridFrom: "sc-votes-1992-2026-tail.csv" },
      },
    });

    const d = (await getDraftByRef("S/2023/970"))!;
    expect(d.tallyCheck).toBe("NON_PARTICIPATION");
    expect(d.tallyDisagreement).toBeNull();
    expect(d.votes.find((v) => v.member === "GBR")).toMatchObject({ vote: "X", recordedAs: "A" });
    expect(d.votes.filter((v) => v.recordedAs !== null).map((v) => v.member)).toEqual(["GBR"]);
    expect(d.gridSource?.key).toBe("file:sc-votes-1992-2026-tail.csv");

    const body = await api("S/2023/970");
    expect(body.draft).toMatchObject({ tallyCheck: "NON_PARTICIPATION", statedTally: { yes: 13, no: 1, abstain: 0 } });
    expect(body.votes.find((v: { member: string }) => v.member === "GBR")).toMatchObject({ vote: "X", recordedAs: "A", derived: false });
  });
});

describe("votes derived from the stated tally, and an unconfirmed vote (S/2024/835)", () => {
  it("reports each derived vote, the draft's flags, and per-vote fields in the API", async () => {
    const id = await idOf("S/2024/835");
    await db.vote.updateMany({ where: { draftId: id }, data: { derived: false } });
    await db.vote.updateMany({ where: { draftId: id, vote: "Y" }, data: { derived: true } });
    await db.draft.update({
      where: { id },
      data: { statedYes: 14, statedNo: 1, statedAbstain: 0, votesDerived: true, unconfirmed: true, tallyCheck: "AGREES" },
    });

    const d = (await getDraftByRef("S/2024/835"))!;
    expect(d.votesDerived).toBe(true);
    expect(d.unconfirmed).toBe(true);
    expect(d.votes.filter((v) => v.derived)).toHaveLength(14);
    expect(d.votes.find((v) => v.member === "USA")).toMatchObject({ vote: "N", derived: false });

    const body = await api("S/2024/835");
    expect(body.draft).toMatchObject({ votesDerived: true, unconfirmed: true, tallyCheck: "AGREES", tallyDisagreement: null });
    expect(body.votes.filter((v: { derived: boolean }) => v.derived)).toHaveLength(14);
    for (const v of body.votes) expect(Object.keys(v)).toEqual(expect.arrayContaining(["member", "vote", "permanent", "derived", "recordedAs"]));
  });
});

describe("meetings, sources and amendments (S/2024/255, S/RES/2720(2023))", () => {
  it("links each of the meeting's press releases under the meeting's year", async () => {
    await db.meeting.update({ where: { record: "S/PV.9591" }, data: { pressRelease: "SC/15648, SC/15649" } });
    const body = await api("S/2024/255");
    expect(body.meeting).toEqual({
      record: "S/PV.9591",
      date: "2024-03-28",
      pressRelease: "SC/15648, SC/15649",
      pressReleases: [
        { symbol: "SC/15648", url: "https://press.un.org/en/2024/sc15648.doc.htm" },
        { symbol: "SC/15649", url: "https://press.un.org/en/2024/sc15649.doc.htm" },
      ],
    });
  });

  it("lists sources UN records first and keeps each source's kind and working note", async () => {
    const id = await idOf("S/2024/255");
    const links = await db.draftSource.findMany({ where: { draftId: id }, select: { sourceId: true }, orderBy: { sourceId: "asc" } });
    expect(links.length).toBeGreaterThanOrEqual(4);
    // Kinds given against id order, so the result's order is the kinds' and not the ids'.
    const kinds = ["UNKNOWN", "NEWS", "COMPILATION", "RESEARCH", "UN_RECORD"] as const;
    for (const [i, { sourceId }] of links.entries()) await db.source.update({ where: { id: sourceId }, data: { kind: kinds[i % kinds.length] } });
    await db.draftSource.update({ where: { draftId_sourceId: { draftId: id, sourceId: links[0]!.sourceId } }, data: { note: "line 11; verified: partial" } });

    const body = await api("S/2024/255");
    const order = ["UN_RECORD", "RESEARCH", "COMPILATION", "NEWS", "UNKNOWN"];
    const got: string[] = body.sources.map((s: { kind: string }) => s.kind);
    expect([...got].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(got);
    expect(got[0]).toBe("UN_RECORD");
    expect(body.sources).toContainEqual(expect.objectContaining({ kind: "UNKNOWN", note: "line 11; verified: partial" }));
  });

  it("lists a draft's amendments with their outcomes, and an amendment names its draft", async () => {
    const d = (await getDraftByRef("S/RES/2720(2023)"))!;
    expect(d.amendments).toContainEqual(
      expect.objectContaining({
        ref: "S/2023/1029:amendment-1",
        objectOfVote: "AMENDMENT",
        outcome: "VETOED",
        vetoes: [expect.objectContaining({ member: "USA" })],
      }),
    );
    const body = await api("S/2023/1029:amendment-1");
    expect(body.draft).toMatchObject({ objectOfVote: "AMENDMENT", parent: { ref: "S/RES/2720(2023)", symbol: "S/2023/1029" } });
    expect(body.amendments).toEqual([]);
  });
});

describe("reader notes", () => {
  it("name no source file, row or working note for any draft with a data issue", async () => {
    const refs = (await db.draft.findMany({ where: { issues: { some: {} } }, select: { ref: true } })).map((r) => r.ref);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) {
      const d = (await getDraftByRef(ref))!;
      const text = JSON.stringify(d.readerNotes);
      expect(text, ref).not.toMatch(/\.csv|item_id|vote_id|veto_id|\bline \d|\brow\b|verified/);
    }
  });
});
