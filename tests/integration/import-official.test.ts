// The UN Library's Security Council Voting Data imported as published (lib/admin/import-official-db.ts):
// against the seeded record the published file changes nothing; one altered vote is exactly one
// change and is written with its audit entry and stated tally; a new resolution is created with its
// votes; defective rows are reported by line and never written; the header picks the format.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importCsvFile } from "@/lib/admin/import-file";
import { MAX_OFFICIAL_IMPORT_BYTES } from "@/lib/admin/import-official";
import { importOfficialData } from "@/lib/admin/import-official-db";
import type { NextConfig } from "next";
import { createTestUser, writeCounts, type TestUser } from "../support/factories";

const PUBLISHED = readFileSync("data/sc-votes-adopted-2022-2026.csv", "utf8");
interface Row {
  [column: string]: string;
  resolution: string;
  ms_code: string;
  ms_vote: string;
  total_yes: string;
  total_no: string;
  total_abstentions: string;
}
const ROWS = parse(PUBLISHED, { columns: true }) as Row[];
const HEADER = Object.keys(ROWS[0]!);

let editor: TestUser;
beforeAll(async () => {
  editor = await createTestUser("editor");
});

/** The published rows, edited; each row stays on one line, so row i is line i + 2. */
function edited(edit: (rows: Row[]) => Row[] | void): string {
  const rows = ROWS.map((r) => ({ ...r }));
  const out = edit(rows) ?? rows;
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [HEADER.join(","), ...out.map((r) => HEADER.map((h) => cell(r[h] ?? "")).join(","))].join("\n") + "\n";
}
const rowsOf = (rows: Row[], n: number) => rows.filter((r) => r.resolution.startsWith(`S/RES/${n}(`));
const firstLineOf = (n: number) => ROWS.findIndex((r) => r.resolution.startsWith(`S/RES/${n}(`)) + 2;
const lineOf = (n: number, member: string) => ROWS.findIndex((r) => r.resolution.startsWith(`S/RES/${n}(`) && r.ms_code === member) + 2;

/** Rows of member_agreement that differ from the full aggregate over all votes. */
async function agreementDrift(): Promise<unknown[]> {
  return db.$queryRawUnsafe(
    `
    WITH full_aggregate AS (
      SELECT s.member_code AS code, o.member_code AS other, count(*)::int AS shared, (count(*) FILTER (WHERE o.vote = s.vote))::int AS same
      FROM vote s JOIN vote o ON o.draft_id = s.draft_id AND o.member_code <> s.member_code AND o.vote IN ('Y', 'N', 'A')
      WHERE s.vote IN ('Y', 'N', 'A') GROUP BY 1, 2)
    (SELECT * FROM full_aggregate EXCEPT SELECT code, other, shared, same FROM member_agreement) UNION ALL ` +
      "(SELECT code, other, shared, same FROM member_agreement EXCEPT SELECT * FROM full_aggregate) LIMIT 5",
  );
}

describe("the published file against the seeded record", () => {
  it("reports no changes: 0 new, 0 changed votes, 0 changed facts; 2812 a source defect only", async () => {
    const before = await writeCounts();
    const report = await importOfficialData(PUBLISHED, { actor: editor, apply: false, fileName: "sc-votes-adopted-2022-2026.csv" });
    expect(report).toMatchObject({ ok: true, applied: false, rows: 2820, resolutions: 188, fileErrors: [] });
    expect(report.created).toEqual([]);
    expect(report.voteChanges).toEqual([]);
    expect(report.factChanges).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.defects.map((d) => [d.resolution, d.code])).toEqual([["S/RES/2812(2026)", "officialTotalsDisagree"]]);
    // The record holds the totals the file states for 2812 (the other source's grid matches them).
    expect(report.defects[0]!.values).toMatchObject({ rows: "15-0-0", stated: "13-0-2", record: "13-0-2" });
    // What the record deliberately keeps from another source is a conflict, documented by its data issues (2783's symbol, 2809's date).
    expect(report.conflicts.every((c) => c.code === "officialDocumented")).toBe(true);
    expect(report.notes.map((n) => n.resolution)).toEqual(["S/RES/2675(2023)", "S/RES/2707(2023)"]);
    // A resolution with a documented conflict needs no change: it counts as on record.
    expect(report.unchanged + report.defects.length).toBe(188);

    // Applying it writes nothing at all.
    const applied = await importOfficialData(PUBLISHED, { actor: editor, apply: true, fileName: "sc-votes-adopted-2022-2026.csv" });
    expect(applied).toMatchObject({ ok: true, applied: true, created: [], updated: [] });
    expect(await writeCounts()).toEqual(before);
  });
});

describe("one vote altered", () => {
  // Albania abstaining on 2618 (UNFICYP) instead of voting in favour, with the file's totals to match.
  const ALTERED = edited((rows) => {
    for (const r of rowsOf(rows, 2618)) {
      if (r.ms_code === "ALB") r.ms_vote = "A";
      r.total_yes = "14";
      r.total_abstentions = "1";
    }
  });

  it("a dry run reports exactly that change and writes nothing; applying writes exactly that vote, audited, the outcome by the rules", async () => {
    const before = await writeCounts();
    const dry = await importOfficialData(ALTERED, { actor: editor, apply: false, fileName: "altered.csv" });
    expect(dry.voteChanges).toEqual([
      { ref: "S/RES/2618(2022)", resolution: "S/RES/2618(2022)", line: lineOf(2618, "ALB"), member: "ALB", stored: "Y", file: "A" },
    ]);
    expect(dry.factChanges).toEqual([]);
    expect(dry.created).toEqual([]);
    expect(dry.updated).toEqual(["S/RES/2618(2022)"]);
    expect(await writeCounts()).toEqual(before);

    const other = await db.draft.findUniqueOrThrow({ where: { ref: "S/RES/2619(2022)" }, select: { version: true, updatedAt: true } });
    const votesBefore = await db.vote.findMany({
      where: { draft: { resolutionNumber: { gte: 2618, lte: 2815 } } },
      select: { draftId: true, memberCode: true, vote: true },
      orderBy: [{ draftId: "asc" }, { memberCode: "asc" }],
    });
    const applied = await importOfficialData(ALTERED, { actor: editor, apply: true, fileName: "altered.csv" });
    expect(applied).toMatchObject({ ok: true, applied: true, updated: ["S/RES/2618(2022)"] });

    const after = await writeCounts();
    expect(after.vote).toBe(before.vote);
    expect(after.draft).toBe(before.draft);
    expect(after.auditEntry - before.auditEntry).toBe(2); // the draft's entry and the file's
    const votesAfter = await db.vote.findMany({
      where: { draft: { resolutionNumber: { gte: 2618, lte: 2815 } } },
      select: { draftId: true, memberCode: true, vote: true },
      orderBy: [{ draftId: "asc" }, { memberCode: "asc" }],
    });
    const changed = votesAfter.filter((v, i) => v.vote !== votesBefore[i]!.vote || v.memberCode !== votesBefore[i]!.memberCode);
    expect(changed.map((v) => [v.memberCode, v.vote])).toEqual([["ALB", "A"]]);

    const draft = await db.draft.findUniqueOrThrow({
      where: { ref: "S/RES/2618(2022)" },
      select: {
        outcome: true,
        yesCount: true,
        noCount: true,
        abstainCount: true,
        version: true,
        modality: true,
        vetoes: true,
        statedYes: true,
        statedNo: true,
        statedAbstain: true,
        statedTallyFrom: true,
        tallyCheck: true,
        topics: { select: { topicSlug: true } },
        sources: { select: { note: true, source: { select: { key: true, kind: true } } } },
      },
    });
    expect(draft).toMatchObject({
      outcome: "ADOPTED",
      yesCount: 14,
      noCount: 0,
      abstainCount: 1,
      version: 2,
      modality: "RECORDED_VOTE",
      vetoes: [],
      statedYes: 14,
      statedNo: 0,
      statedAbstain: 1,
      statedTallyFrom: "file:altered.csv",
      tallyCheck: "AGREES",
    });
    // Topics and the seed's source links stay; the file is cited with the rows it came from.
    expect(draft.topics.length).toBeGreaterThan(0);
    expect(draft.sources).toContainEqual({ note: "S/RES/2618(2022); lines 2-16", source: { key: "file:altered.csv", kind: "UN_RECORD" } });
    expect(draft.sources.map((s) => s.source.key)).toContain("file:sc-votes-adopted-2022-2026.csv");
    expect(await db.draft.findUniqueOrThrow({ where: { ref: "S/RES/2619(2022)" }, select: { version: true, updatedAt: true } })).toEqual(other);

    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entity: "draft", entityKey: "S/RES/2618(2022)", actor: editor.email },
      select: { action: true, before: true, after: true },
    });
    expect(audit.action).toBe("import");
    expect((audit.before as { votes: Record<string, string> }).votes.ALB).toBe("Y");
    expect((audit.after as { votes: Record<string, string> }).votes.ALB).toBe("A");
    expect(await db.auditEntry.count({ where: { entity: "import", entityKey: "altered.csv", actor: editor.email } })).toBe(1);

    // The summaries follow: the agreement table equals the full aggregate; the dashboard's counts hold.
    expect(await agreementDrift()).toEqual([]);
    const summary = await db.$queryRaw<{ n: number }[]>`SELECT COALESCE(sum("n"), 0)::int AS n FROM "draft_year_outcome" WHERE "year" = 2022`;
    expect(summary[0]!.n).toBe(await db.draft.count({ where: { year: 2022 } }));

    // Checked again, the file now matches the record.
    const again = await importOfficialData(ALTERED, { actor: editor, apply: false, fileName: "altered.csv" });
    expect([again.voteChanges.length, again.factChanges.length, again.created.length]).toEqual([0, 0, 0]);
  });

  it("a permanent member's vote turned against a resolution is refused by the Council's rules: a conflict, nothing written", async () => {
    // A file may hold any of the resolutions: this one holds 2619 only.
    const vetoed = edited((rows) =>
      rowsOf(rows, 2619).map((r) => ({
        ...r,
        ms_vote: r.ms_code === "USA" ? "N" : r.ms_vote,
        total_yes: String(Number(r.total_yes) - 1),
        total_no: String(Number(r.total_no) + 1),
      })),
    );
    const before = await writeCounts();
    const report = await importOfficialData(vetoed, { actor: editor, apply: true, fileName: "vetoed.csv" });
    expect(report.voteChanges).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.conflicts).toContainEqual(
      expect.objectContaining({ resolution: "S/RES/2619(2022)", code: "officialRulesNotAdopted", changes: "USA: Y → N" }),
    );
    expect(await writeCounts()).toEqual(before);
    expect((await db.draft.findUniqueOrThrow({ where: { ref: "S/RES/2619(2022)" }, select: { outcome: true } })).outcome).toBe("ADOPTED");
  });
});

describe("a brand-new resolution", () => {
  // 2815's fifteen 2026 members, filed as resolution 2830 of 20 February 2026; and 2638's "Without Vote" as 2831 (lines 2-16, 17-31).
  const NEW = edited((rows) => [
    ...rowsOf(rows, 2815).map((r) => ({
      ...r,
      resolution: "S/RES/2830(2026)",
      date: "2026-02-20",
      draft: "S/2026/990",
      meeting: "S/PV.10999",
      undl_id: "9999990",
      undl_link: "https://digitallibrary.un.org/record/9999990",
      description: "Security Council resolution 2830 (2026) [test copy of resolution 2815]",
    })),
    ...rowsOf(rows, 2638).map((r) => ({
      ...r,
      resolution: "S/RES/2831(2026)",
      date: "2026-02-21",
      draft: "S/2026/991",
      meeting: "S/PV.10998",
      undl_id: "",
      undl_link: "",
    })),
  ]);

  it("is listed as new, and applying creates it with its 15 votes (and the one without a vote with none)", async () => {
    const before = await writeCounts();
    const dry = await importOfficialData(NEW, { actor: editor, apply: false, fileName: "new.csv" });
    const stated = rowsOf(ROWS, 2815)[0]!;
    const tally = `${stated.total_yes}-${stated.total_no}-${stated.total_abstentions}`;
    expect(dry.created).toEqual([
      {
        ref: "S/RES/2830(2026)",
        resolution: "S/RES/2830(2026)",
        line: 2,
        symbol: "S/2026/990",
        votedOn: "2026-02-20",
        meetingRecord: "S/PV.10999",
        modality: "RECORDED_VOTE",
        outcome: "ADOPTED",
        tally,
      },
      {
        ref: "S/RES/2831(2026)",
        resolution: "S/RES/2831(2026)",
        line: 17,
        symbol: "S/2026/991",
        votedOn: "2026-02-21",
        meetingRecord: "S/PV.10998",
        modality: "WITHOUT_VOTE",
        outcome: "ADOPTED",
        tally: null,
      },
    ]);
    expect([dry.voteChanges.length, dry.factChanges.length]).toEqual([0, 0]);
    expect(await writeCounts()).toEqual(before);

    const applied = await importOfficialData(NEW, { actor: editor, apply: true, fileName: "new.csv" });
    expect(applied).toMatchObject({ applied: true, updated: [] });
    const after = await writeCounts();
    expect(after.draft - before.draft).toBe(2);
    expect(after.vote - before.vote).toBe(15);
    expect(after.meeting - before.meeting).toBe(2);
    expect(after.auditEntry - before.auditEntry).toBe(3); // one per draft, one for the file
    const created = await db.draft.findUniqueOrThrow({
      where: { ref: "S/RES/2830(2026)" },
      select: {
        symbol: true,
        resolutionNumber: true,
        outcome: true,
        modality: true,
        title: true,
        undlId: true,
        year: true,
        statedYes: true,
        statedTallyFrom: true,
        tallyCheck: true,
        meeting: { select: { record: true } },
        votes: { select: { memberCode: true, vote: true } },
        sources: { select: { source: { select: { url: true, kind: true } } } },
      },
    });
    expect(created).toMatchObject({
      symbol: "S/2026/990",
      resolutionNumber: 2830,
      outcome: "ADOPTED",
      modality: "RECORDED_VOTE",
      undlId: "9999990",
      year: 2026,
      statedYes: Number(stated.total_yes),
      statedTallyFrom: "file:new.csv",
      tallyCheck: "AGREES",
      meeting: { record: "S/PV.10999" },
      title: "Security Council resolution 2830 (2026) [test copy of resolution 2815]",
    });
    expect(Object.fromEntries(created.votes.map((v) => [v.memberCode, v.vote]))).toEqual(
      Object.fromEntries(rowsOf(ROWS, 2815).map((r) => [r.ms_code, r.ms_vote])),
    );
    expect(created.sources).toContainEqual({ source: { url: "https://digitallibrary.un.org/record/9999990", kind: "UN_RECORD" } });
    const withoutVote = await db.draft.findUniqueOrThrow({
      where: { ref: "S/RES/2831(2026)" },
      select: { modality: true, statedYes: true, tallyCheck: true, _count: { select: { votes: true } } },
    });
    expect(withoutVote).toEqual({ modality: "WITHOUT_VOTE", statedYes: null, tallyCheck: null, _count: { votes: 0 } });
    expect(await db.auditEntry.count({ where: { entity: "draft", action: "import", entityKey: { in: ["S/RES/2830(2026)", "S/RES/2831(2026)"] } } })).toBe(2);
    expect(await agreementDrift()).toEqual([]);
  });
});

describe("malformed rows", () => {
  it("are reported with their line numbers, their resolutions are never written, and nothing else is", async () => {
    const file = edited((rows) => {
      rowsOf(rows, 2620).find((r) => r.ms_code === "BRA")!.ms_vote = "Yes";
      rowsOf(rows, 2621).find((r) => r.ms_code === "GHA")!.ms_code = "XYZ";
      for (const r of rowsOf(rows, 2622)) r.date = "2022-02-30";
      rowsOf(rows, 2624).find((r) => r.ms_code === "BRA")!.ms_code = "ALB";
      // A real change in a defective resolution is not written either.
      const r2625 = rowsOf(rows, 2625);
      r2625.find((r) => r.ms_code === "MEX")!.ms_vote = "N";
      r2625.find((r) => r.ms_code === "IND")!.ms_vote = "Q";
      return rows.filter((r) => /^S\/RES\/262[0-5]\(/.test(r.resolution));
    });
    const before = await writeCounts();
    const report = await importOfficialData(file, { actor: editor, apply: true, fileName: "malformed.csv" });
    // Lines in this file: it holds 2620-2625 only, from line 2.
    const line = (n: number, member?: string) => (member ? lineOf(n, member) : firstLineOf(n)) - firstLineOf(2620) + 2;
    expect(report.defects.map((d) => [d.resolution, d.line, d.column, d.code])).toEqual([
      ["S/RES/2620(2022)", line(2620, "BRA"), "ms_vote", "officialBadVote"],
      ["S/RES/2621(2022)", line(2621, "GHA"), "ms_code", "officialUnknownMember"],
      ["S/RES/2622(2022)", line(2622), "date", "officialBadDate"],
      ["S/RES/2624(2022)", line(2624, "BRA"), "ms_code", "officialDuplicateMember"],
      ["S/RES/2625(2022)", line(2625, "IND"), "ms_vote", "officialBadVote"],
    ]);
    expect(report.unchanged).toBe(1); // 2623
    expect(report).toMatchObject({ applied: true, created: [], updated: [], voteChanges: [], factChanges: [] });
    expect(await writeCounts()).toEqual(before);
  });

  it("a row that names no readable resolution refuses the whole file: nothing is written", async () => {
    const file = edited((rows) => {
      for (const r of rowsOf(rows, 2618)) if (r.ms_code === "ALB") r.ms_vote = "A";
      rows[20]!.resolution = "resolution 2619";
    });
    const before = await writeCounts();
    const report = await importOfficialData(file, { actor: editor, apply: true, fileName: "unreadable.csv" });
    expect(report).toMatchObject({ ok: false, applied: false, updated: [] });
    expect(report.fileErrors).toEqual([expect.objectContaining({ line: 22, column: "resolution", code: "officialBadResolution" })]);
    expect(await writeCounts()).toEqual(before);
  });
});

describe("header detection", () => {
  it("picks the official format, the project's own, or refuses an unknown header", async () => {
    const official = await importCsvFile(PUBLISHED, { actor: editor, apply: false, fileName: "sc-votes-adopted-2022-2026.csv" });
    expect(official.format).toBe("official");

    const project = await importCsvFile(readFileSync("data/import-sample.csv", "utf8"), { actor: editor, apply: false });
    expect(project.format).toBe("project");
    if (project.format === "project") expect(project.report.rows.map((r) => r.symbol)).toEqual(["S/2025/93", "S/2025/353", "S/2025/561"]);

    // Columns in another order, extra ones, and no undl_link: still the Library's format.
    const reordered = (() => {
      const header = [...HEADER]
        .filter((h) => h !== "undl_link")
        .reverse()
        .concat(["note"]);
      const cell = (v = "") => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      const rows = [...rowsOf(ROWS, 2626), ...rowsOf(ROWS, 2627)].map((r) => header.map((h) => cell(r[h])).join(","));
      return [header.join(","), ...rows].join("\n");
    })();
    const shuffled = await importCsvFile(reordered, { actor: editor, apply: false });
    expect(shuffled.format).toBe("official");
    if (shuffled.format === "official") expect(shuffled.report).toMatchObject({ resolutions: 2, unchanged: 2, fileErrors: [] });

    const unknown = await importCsvFile("country,party,seats\nFRA,x,1\n", { actor: editor, apply: false });
    expect(unknown.report.fileErrors).toEqual([expect.objectContaining({ line: 1, code: "unknownFormat" })]);
    const damaged = await importCsvFile(PUBLISHED.replace("total_ms,", "members,"), { actor: editor, apply: false });
    expect(damaged.report.fileErrors).toEqual([expect.objectContaining({ code: "officialMissingColumns", values: { columns: "total_ms" } })]);
  });
});

describe("the form's limits", () => {
  it("the published file fits the upload limit, and next.config.js accepts the largest import post: the file twice and the check's report", async () => {
    expect(Buffer.byteLength(PUBLISHED) * 1.5).toBeLessThanOrEqual(MAX_OFFICIAL_IMPORT_BYTES);
    const { default: nextConfig } = (await import("../../next.config.js" as string)) as { default: NextConfig };
    const m = /^(\d+)mb$/i.exec(String(nextConfig.experimental?.serverActions?.bodySizeLimit));
    const limit = Number(m?.[1] ?? 1) * 1024 * 1024;
    // Worst case, every resolution new: one report item each (about 250 bytes of JSON; 400 allowed).
    const report = JSON.stringify(await importOfficialData(PUBLISHED, { actor: editor, apply: false })).length;
    const resolutions = Math.ceil(MAX_OFFICIAL_IMPORT_BYTES / (Buffer.byteLength(PUBLISHED) / 188));
    expect(2 * MAX_OFFICIAL_IMPORT_BYTES * 1.05 + report + resolutions * 400).toBeLessThanOrEqual(limit);
  });
});
