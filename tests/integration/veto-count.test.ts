import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rebuildSummaries } from "@/lib/db/summaries";
import { GET } from "@/app/api/vetoes/route";
import { getHeadlineFigures, getMostVetoedTopics } from "@/lib/queries/dashboard";
import { getVetoesByTopic, getVetoHistory, getVetoTotals, listVetoCasts, listVetoes } from "@/lib/queries/vetoes";
import { getCouncilMembers, getCountryVetoes, getCountryVetoTimeline } from "@/lib/queries/countries";
import { getDataTotals } from "@/lib/queries/about";

// The veto count switch (lib/council/rules.ts): the UN Library's rule (every veto but those on
// separate votes on parts of drafts) against drafts only. Expectations come from plain SQL on the
// veto rows, not from the code under test. This file's database copy is its own, so the last
// block may add a veto on a part of a draft.

type Holder = string;

/** Vetoes per seat holder on drafts whose object of vote is in `objects`, counted straight from the rows. */
async function perHolder(objects: string[]): Promise<Record<Holder, number>> {
  const rows = await db.$queryRawUnsafe<{ holder: string; n: number }[]>(
    `SELECT h.id AS holder, count(*)::int AS n
     FROM veto v JOIN draft d ON d.id = v.draft_id
     JOIN permanent_seat_holder h ON h.member_code = v.member_code
       AND COALESCE(v.voted_on, make_date(v.year, 7, 1)) >= h.starts_on
       AND (h.ends_on IS NULL OR COALESCE(v.voted_on, make_date(v.year, 7, 1)) < h.ends_on)
     WHERE d.object_of_vote::text = ANY($1::text[])
     GROUP BY h.id`,
    objects,
  );
  return Object.fromEntries(rows.map((r) => [r.holder, r.n]));
}

const LIBRARY = ["DRAFT", "AMENDMENT", "PRELIMINARY_QUESTION", "PROCEDURAL_MOTION"];
const AMENDMENTS_AND_QUESTIONS = ["AMENDMENT", "PRELIMINARY_QUESTION"];
const HOLDERS = ["SUN", "RUS", "USA", "GBR", "FRA", "ROC", "PRC"];
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const byHolder = <T extends { holder: string }>(rows: T[], value: (r: T) => number) => Object.fromEntries(rows.map((r) => [r.holder, value(r)]));

describe("library rule against drafts only, on the seeded record", () => {
  it("the two totals per member differ exactly by the vetoes on amendments and preliminary questions", async () => {
    const [library, drafts, amendmentsAndQuestions, totalsLibrary, totalsDrafts] = await Promise.all([
      perHolder(LIBRARY),
      perHolder(["DRAFT"]),
      perHolder(AMENDMENTS_AND_QUESTIONS),
      getVetoTotals({}),
      getVetoTotals({ count: "drafts" }),
    ]);
    const lib = byHolder(totalsLibrary, (t) => t.count);
    const dr = byHolder(totalsDrafts, (t) => t.count);
    for (const h of HOLDERS) {
      expect(lib[h] ?? 0, `${h} library`).toBe(library[h] ?? 0);
      expect(dr[h] ?? 0, `${h} drafts`).toBe(drafts[h] ?? 0);
      expect((lib[h] ?? 0) - (dr[h] ?? 0), `${h} difference`).toBe(amendmentsAndQuestions[h] ?? 0);
    }
    // The seeded record: the USSR's three vetoes of preliminary questions (the "double veto"), the
    // Russian Federation's two vetoes of amendments in 2025, one US veto of an amendment in 2023.
    expect(amendmentsAndQuestions).toEqual({ SUN: 3, RUS: 2, USA: 1 });
    // Every veto row on the seeded record counts under the Library's rule.
    expect(sum(library)).toBe(await db.veto.count());
  });

  it("the dashboard's headline figures, veto history and topics follow the switch", async () => {
    const [amendmentsAndQuestions, drafts] = await Promise.all([perHolder(AMENDMENTS_AND_QUESTIONS), perHolder(["DRAFT"])]);
    const [libFigures, draftFigures] = await Promise.all([getHeadlineFigures(), getHeadlineFigures({ count: "drafts" })]);
    const lib = byHolder(libFigures.vetoes, (v) => v.allTime);
    const dr = byHolder(draftFigures.vetoes, (v) => v.allTime);
    for (const h of HOLDERS) {
      expect(dr[h], h).toBe(drafts[h] ?? 0);
      expect(lib[h]! - dr[h]!, h).toBe(amendmentsAndQuestions[h] ?? 0);
    }
    // The counts of votes by outcome do not depend on how vetoes are counted.
    expect(draftFigures.allTime).toEqual(libFigures.allTime);

    for (const view of ["state", "seat"] as const) {
      const [libHistory, draftHistory] = await Promise.all([getVetoHistory({ view }), getVetoHistory({ view, count: "drafts" })]);
      expect(libHistory.total - draftHistory.total).toBe(sum(amendmentsAndQuestions));
      expect(draftHistory.rows.reduce((s, r) => s + r.total, 0)).toBe(draftHistory.total);
    }
    const stateHistory = await getVetoHistory({ count: "drafts" });
    expect(stateHistory.totals.SUN).toBe(drafts.SUN);

    // 2025: the Russian Federation's two vetoes of amendments (Ukraine) drop out of the topic counts.
    const [libTopics, draftTopics] = await Promise.all([
      getMostVetoedTopics(50, { from: 2025, to: 2025 }),
      getMostVetoedTopics(50, { from: 2025, to: 2025, count: "drafts" }),
    ]);
    expect(
      sum(Object.fromEntries(libTopics.map((t) => [t.slug, t.vetoes]))) - sum(Object.fromEntries(draftTopics.map((t) => [t.slug, t.vetoes]))),
    ).toBeGreaterThan(0);
  });

  it("the veto list, its topic chart and the API keep the other filters and add the switch (SQL AND)", async () => {
    const expected = async (objects: string[]) =>
      Number(
        (
          await db.$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT count(*) AS n FROM draft d WHERE d.object_of_vote::text = ANY($1::text[]) AND d.year >= 2020
               AND EXISTS (SELECT 1 FROM veto v WHERE v.draft_id = d.id AND v.member_code = 'RUS')`,
            objects,
          )
        )[0]!.n,
      );
    const [libList, draftList] = await Promise.all([listVetoes({ vetoedBy: "RUS", from: 2020 }), listVetoes({ vetoedBy: "RUS", from: 2020, count: "drafts" })]);
    expect(libList.total).toBe(await expected(LIBRARY));
    expect(draftList.total).toBe(await expected(["DRAFT"]));
    expect(libList.total - draftList.total).toBe(2);
    expect(draftList.items.every((i) => i.objectOfVote === "DRAFT")).toBe(true);
    expect(libList.items.some((i) => i.objectOfVote === "AMENDMENT")).toBe(true);

    const topics = await getVetoesByTopic({ count: "drafts" }, 100);
    const topicVetoes = topics.reduce((s, t) => s + t.vetoes, 0);
    const libTopicVetoes = (await getVetoesByTopic({}, 100)).reduce((s, t) => s + t.vetoes, 0);
    expect(topicVetoes).toBeLessThan(libTopicVetoes);

    const casts = await listVetoCasts({ count: "drafts", member: "SUN" });
    expect(casts.every((c) => c.objectOfVote === "DRAFT" && c.memberCode === "SUN")).toBe(true);
    expect(casts).toHaveLength((await perHolder(["DRAFT"])).SUN!);

    const res = await GET(new Request("http://localhost/api/vetoes?count=drafts&member=RUS&from=2025"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { count: number; filters: Record<string, unknown>; vetoes: { objectOfVote: string }[] };
    expect(body.filters).toMatchObject({ count: "drafts", member: "RUS", from: 2025 });
    expect(body.vetoes.every((v) => v.objectOfVote === "DRAFT")).toBe(true);
    const all = (await (await GET(new Request("http://localhost/api/vetoes?member=RUS&from=2025"))).json()) as { count: number };
    expect(all.count - body.count).toBe(2);
    const csv = await (await GET(new Request("http://localhost/api/vetoes?count=drafts&member=RUS&from=2025&format=csv"))).text();
    expect(csv.trim().split("\r\n")).toHaveLength(body.count + 1);

    const bad = await GET(new Request("http://localhost/api/vetoes?count=all"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/count: must be library or drafts/);
  });
});

describe("a veto on a part of a draft counts under neither rule", () => {
  it("is left out of every total, list and the country pages (as the Library's list leaves out the ROC vote of 13 December 1955)", async () => {
    const before = {
      library: await getVetoTotals({}),
      drafts: await getVetoTotals({ count: "drafts" }),
      history: (await getVetoHistory({})).total,
      casts: (await listVetoCasts({})).length,
      country: await getCountryVetoes("SUN"),
      members: (await getCouncilMembers()).find((m) => m.code === "SUN")!.vetoes,
      about: (await getDataTotals()).vetoes,
    };
    // A separate vote on a paragraph, recorded (as a seed or an editor might) with a veto row.
    const part = await db.draft.findFirstOrThrow({ where: { objectOfVote: "PARAGRAPH" }, select: { id: true, year: true, votedOn: true, ref: true } });
    await db.veto.create({ data: { draftId: part.id, memberCode: "SUN", year: part.year, votedOn: part.votedOn } });
    await db.$transaction(async (tx) => rebuildSummaries(tx)); // written outside the write path: from scratch

    expect(await getVetoTotals({})).toEqual(before.library);
    expect(await getVetoTotals({ count: "drafts" })).toEqual(before.drafts);
    expect((await getVetoHistory({})).total).toBe(before.history);
    expect((await listVetoCasts({})).length).toBe(before.casts);
    expect((await listVetoes({ vetoedBy: "SUN", q: part.ref })).total).toBe(0);
    const country = await getCountryVetoes("SUN");
    expect(country.total).toBe(before.country.total);
    expect(country.rows.map((r) => r.ref)).not.toContain(part.ref);
    const timeline = await getCountryVetoTimeline("SUN");
    expect(timeline.years.reduce((s, y) => s + Object.values(y.counts).reduce((a, b) => a + b, 0), 0)).toBe(before.country.total);
    expect((await getCouncilMembers()).find((m) => m.code === "SUN")!.vetoes).toBe(before.members);
    expect((await getDataTotals()).vetoes).toBe(before.about);
  });
});
