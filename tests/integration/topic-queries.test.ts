import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getLatestTopicDrafts, getTopicSummaries, getTopicSummary, getTopicTimeline } from "@/lib/queries/topics";

// Runs against the seeded database (its own copy per file).

describe("getTopicSummaries", () => {
  it("every topic's outcome counts add up to its total", async () => {
    const topics = await getTopicSummaries();
    expect(topics.length).toBeGreaterThan(0);
    for (const t of topics) expect(t.adopted + t.vetoed + t.failed, t.slug).toBe(t.drafts);
  });

  it("drafts and vetoes per topic match the tables", async () => {
    const topics = await getTopicSummaries();
    const dprk = topics.find((t) => t.slug === "dprk")!;
    expect(dprk.drafts).toBe(await db.draftTopic.count({ where: { topicSlug: "dprk" } }));
    expect(dprk.vetoes).toBe(await db.veto.count({ where: { draft: { topics: { some: { topicSlug: "dprk" } } } } }));
  });
});

describe("getTopicSummary", () => {
  it("dprk: known, with a Thai label; unknown slugs are null", async () => {
    const dprk = await getTopicSummary("dprk");
    expect(dprk).toMatchObject({ slug: "dprk" });
    expect(dprk!.labelTh).toMatch(/[\u0E00-\u0E7F]/);
    expect(await getTopicSummary("no-such-topic")).toBeNull();
  });
});

describe("getTopicTimeline", () => {
  it.each(["year", "decade"] as const)("per %s, the periods add up to the topic's totals", async (period) => {
    for (const slug of ["dprk", "middle-east", "ukraine"]) {
      const [summary, rows] = await Promise.all([getTopicSummary(slug), getTopicTimeline(slug, period)]);
      const sum = (k: "adopted" | "vetoed" | "failed" | "vetoes") => rows.reduce((n, r) => n + r[k], 0);
      expect({ adopted: sum("adopted"), vetoed: sum("vetoed"), failed: sum("failed"), vetoes: sum("vetoes") }, slug).toEqual({
        adopted: summary!.adopted,
        vetoed: summary!.vetoed,
        failed: summary!.failed,
        vetoes: summary!.vetoes,
      });
      if (period === "decade") expect(rows.every((r) => r.period % 10 === 0)).toBe(true);
    }
  });
});

describe("getLatestTopicDrafts", () => {
  it("dprk contains S/2024/255, vetoed by the Russian Federation", async () => {
    const drafts = await getLatestTopicDrafts("dprk", 1000);
    const draft = drafts.find((d) => d.ref === "S/2024/255");
    expect(draft).toMatchObject({ outcome: "VETOED", votedOn: "2024-03-28", yes: 13, no: 1, abstain: 1 });
    expect(draft!.vetoedBy.map((m) => m.code)).toEqual(["RUS"]);
  });

  it("newest first, limited", async () => {
    const drafts = await getLatestTopicDrafts("middle-east", 10);
    expect(drafts).toHaveLength(10);
    const years = drafts.map((d) => d.year);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });
});
