// CSV import: a dry run reports every row and writes nothing; applying is all or nothing.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importDrafts, MAX_IMPORT_BYTES } from "@/lib/admin/import";
import { parse } from "csv-parse/sync";
import { createTestUser, testSymbol, writeCounts, type TestUser } from "../support/factories";

let editor: TestUser;
beforeAll(async () => {
  editor = await createTestUser("editor");
});

const SAMPLE = readFileSync("data/import-sample.csv", "utf8");

/** The sample's real votes re-filed under test symbols (and without the taken resolution number). */
function sampleUnderTestSymbols(): { text: string; symbols: string[] } {
  const rows = parse(SAMPLE, { columns: true }) as Record<string, string>[];
  const symbols = rows.map(() => testSymbol(2025));
  rows.forEach((r, i) => {
    r.symbol = symbols[i]!;
    r.resolution_number = "";
  });
  return { text: toCsv(rows), symbols };
}

function toCsv(rows: Record<string, string>[]): string {
  const header = Object.keys(rows[0]!);
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header.join(","), ...rows.map((r) => header.map((h) => cell(r[h] ?? "")).join(","))].join("\n") + "\n";
}

describe("the sample file", () => {
  it("checked against the seeded database: every row is already recorded, by line and column, nothing written", async () => {
    const before = await writeCounts();
    const report = await importDrafts(SAMPLE, { actor: editor, apply: false });
    expect(report.ok).toBe(false);
    expect(report.rows.map((r) => [r.line, r.symbol, r.status])).toEqual([
      [2, "S/2025/93", "error"],
      [3, "S/2025/353", "error"],
      [4, "S/2025/561", "error"],
    ]);
    expect(report.rows[0]!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, column: "symbol", code: "symbolTaken" }),
        expect.objectContaining({ line: 2, column: "resolution_number", code: "resolutionTaken" }),
      ]),
    );
    expect(await writeCounts()).toEqual(before);
  });

  it("under new symbols: a dry run gives each row's outcome and writes nothing; applying writes all three", async () => {
    const { text, symbols } = sampleUnderTestSymbols();
    const before = await writeCounts();
    const dry = await importDrafts(text, { actor: editor, apply: false, fileName: "sample.csv" });
    expect(dry).toMatchObject({ ok: true, applied: false });
    expect(dry.rows.map((r) => [r.symbol, r.outcome, r.vetoedBy])).toEqual([
      [symbols[0], "ADOPTED", []],
      [symbols[1], "VETOED", ["USA"]],
      [symbols[2], "FAILED", []],
    ]);
    expect(await writeCounts()).toEqual(before);

    const applied = await importDrafts(text, { actor: editor, apply: true, fileName: "sample.csv" });
    expect(applied).toMatchObject({ ok: true, applied: true });
    const after = await writeCounts();
    expect(after.draft - before.draft).toBe(3);
    expect(after.vote - before.vote).toBe(45);
    expect(after.veto - before.veto).toBe(1);
    expect(after.auditEntry - before.auditEntry).toBe(4); // one per draft, one for the file
    const vetoed = await db.draft.findUniqueOrThrow({ where: { ref: symbols[1] }, select: { outcome: true, penholders: true, sources: true } });
    expect(vetoed.outcome).toBe("VETOED");
    expect(vetoed.penholders).toHaveLength(10);
    expect(vetoed.sources).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { entity: "draft", action: "import", actor: editor.email, entityKey: { in: symbols } } })).toBe(3);
    // The dashboard's summary counts the imported drafts at once.
    const summary = await db.$queryRaw<{ n: number }[]>`SELECT COALESCE(sum("n"), 0)::int AS n FROM "draft_year_outcome" WHERE "year" = 2025`;
    expect(summary[0]!.n).toBe(await db.draft.count({ where: { year: 2025 } }));
  });
});

describe("all or nothing", () => {
  it("an import that runs past its time is stopped, says so, and writes nothing", async () => {
    const { text } = sampleUnderTestSymbols();
    const before = await writeCounts();
    // 1 ms: the transaction expires during the writes, as a long import on a busy machine would.
    const report = await importDrafts(text, { actor: editor, apply: true, fileName: "sample.csv", timeoutMs: 1 });
    expect(report).toMatchObject({ ok: false, applied: false, fileErrors: [{ line: 0, column: null, code: "importTimeout", values: { seconds: 0 } }] });
    expect(await writeCounts()).toEqual(before);
  });

  it("one bad row among good ones: nothing is written, every error is reported by line and column", async () => {
    const rows = parse(SAMPLE, { columns: true }) as Record<string, string>[];
    rows.forEach((r) => {
      r.symbol = testSymbol(2025);
      r.resolution_number = "";
    });
    rows[1]!.yes = rows[1]!.yes!.replace("CHN;", "CHN;BRA;").replace(";SVN", ""); // Brazil did not sit in 2025; Slovenia loses its vote
    rows[2]!.date = "2099-09-19";
    const before = await writeCounts();
    const report = await importDrafts(toCsv(rows), { actor: editor, apply: true });
    expect(report).toMatchObject({ ok: false, applied: false });
    expect(report.rows.map((r) => r.status)).toEqual(["ok", "error", "error"]);
    expect(report.rows[1]!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, column: "yes", code: "notSitting", values: { member: "BRA" } }),
        expect.objectContaining({ line: 3, column: "yes", code: "missingVote", values: { member: "SVN" } }),
      ]),
    );
    expect(report.rows[2]!.errors).toEqual([expect.objectContaining({ line: 4, column: "date", code: "dateFuture" })]);
    expect(await writeCounts()).toEqual(before);
  });

  it("a symbol repeated in the file, a member in two columns, a bad boolean: errors at those cells", async () => {
    const rows = parse(SAMPLE, { columns: true }) as Record<string, string>[];
    const symbol = testSymbol(2025);
    rows.forEach((r) => {
      r.symbol = symbol;
      r.resolution_number = "";
    });
    rows[1]!.abstain = "USA";
    rows[2]!.procedural = "maybe";
    const before = await writeCounts();
    const report = await importDrafts(toCsv(rows), { actor: editor, apply: false });
    expect(report.rows[0]!.status).toBe("ok");
    expect(report.rows[1]!.errors).toEqual(expect.arrayContaining([expect.objectContaining({ line: 3, column: "abstain", code: "duplicate" })]));
    expect(report.rows[2]!.errors).toEqual(expect.arrayContaining([expect.objectContaining({ line: 4, column: "procedural", code: "boolean" })]));
    const again = await importDrafts(toCsv([rows[0]!, { ...rows[0]! }]), { actor: editor, apply: false });
    expect(again.rows[1]!.errors).toEqual([expect.objectContaining({ line: 3, column: "symbol", code: "symbolTaken" })]);
    expect(await writeCounts()).toEqual(before);
  });

  it("a file that cannot be read is refused as a whole", async () => {
    const before = await writeCounts();
    const cases: [string, string][] = [
      ["symbol,date,title\nS/2025/1,2025-01-01,x\n", "missingColumn"],
      [SAMPLE.replace("symbol,", "symbole,"), "unknownColumn"],
      [`${SAMPLE.split("\n")[0]}\n"unclosed,2025-01-01\n`, "csvSyntax"],
      ["", "csvEmpty"],
      [`${SAMPLE.split("\n")[0]}\n`, "csvEmpty"],
      ["x".repeat(MAX_IMPORT_BYTES + 1), "fileTooLarge"],
    ];
    for (const [text, code] of cases) {
      const report = await importDrafts(text, { actor: editor, apply: true });
      expect(report.ok).toBe(false);
      expect(report.fileErrors.map((e) => e.code)).toContain(code);
    }
    expect(await writeCounts()).toEqual(before);
  });

  it("a caller without a role gets nothing done", async () => {
    const report = await importDrafts(SAMPLE, { actor: { id: "x", email: "x@example.org", role: "reader" as never }, apply: true });
    expect(report.fileErrors[0]?.code).toBe("roleRequired");
  });
});
