import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDataIssueSummary, getDataTotals, getSourceCoverage, getVerbatimSources } from "@/lib/queries/about";

// Runs against the seeded database (its own copy per file).

describe("getDataIssueSummary", () => {
  it("counts every recorded issue once, by kind, with at most three examples each", async () => {
    const kinds = await getDataIssueSummary(3);
    expect(kinds.reduce((n, k) => n + k.count, 0)).toBe(await db.dataIssue.count());
    for (const k of kinds) {
      expect(k.examples.length, k.kind).toBeGreaterThan(0);
      expect(k.examples.length, k.kind).toBeLessThanOrEqual(Math.min(3, k.count));
    }
    const counts = kinds.map((k) => k.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });
});

describe("getDataTotals", () => {
  it("outcomes add up to the drafts", async () => {
    const t = await getDataTotals();
    expect(t.adopted + t.vetoed + t.failed).toBe(t.drafts);
    expect(t.votes).toBe(await db.vote.count());
    expect(t.firstDate! <= t.lastDate!).toBe(true);
  });
});

describe("getSourceCoverage", () => {
  it("lists the data files with the drafts they support", async () => {
    const { files } = await getSourceCoverage();
    const adopted = files.find((f) => f.key === "file:sc-votes-adopted.csv");
    expect(adopted).toMatchObject({ drafts: 2617, firstYear: 1946, lastYear: 2021 });
  });
});

describe("getVerbatimSources", () => {
  it("the seed article in the reader's language", async () => {
    const [th] = await getVerbatimSources("th");
    expect(th!.text).toMatch(/รัสเซีย/);
    const [en] = await getVerbatimSources("en");
    expect(en!.text).toMatch(/Russia/);
  });
});
