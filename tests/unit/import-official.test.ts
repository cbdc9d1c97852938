// The UN Library's voting data, read and compared without a database (lib/admin/import-official.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectImportFormat, OFFICIAL_COLUMNS, parseOfficialCsv, readHeader, type OfficialResolution } from "@/lib/admin/import-official";
import { diffOfficial, type StoredResolution } from "@/lib/admin/import-official-diff";

const FILE = readFileSync("data/sc-votes-adopted-2022-2026.csv", "utf8");
const [HEADER, ...LINES] = FILE.trimEnd().split("\n");
const PROJECT_COLUMNS = ["symbol", "date", "title", "yes", "no", "abstain", "not_participating"];

/** The header and the rows of the given resolutions, in file order (each row is one line in this file). */
function rowsOf(...labels: string[]): string[] {
  return LINES.filter((l) => labels.some((label) => l.includes(`,${label},`)));
}
const csv = (lines: readonly string[], header = HEADER!) => [header, ...lines].join("\n") + "\n";
/** Replaces one cell (by column name) of a CSV line without quoted commas before it. */
function setCell(line: string, column: string, value: string): string {
  const cells = splitLine(line);
  cells[HEADER!.split(",").indexOf(column)] = value;
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}
function splitLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
const byLabel = (parsed: { resolutions: OfficialResolution[] }, label: string) => parsed.resolutions.find((r) => r.label === label)!;

describe("header detection", () => {
  it("knows the Library's file by its column set, in any order and with extra columns", () => {
    expect(detectImportFormat(readHeader(FILE), PROJECT_COLUMNS)).toEqual({ format: "official" });
    const shuffled = [...OFFICIAL_COLUMNS, "undl_link", "something_new"].reverse();
    expect(detectImportFormat(shuffled, PROJECT_COLUMNS)).toEqual({ format: "official" });
    expect(detectImportFormat(readHeader(OFFICIAL_COLUMNS.map((c) => c.toUpperCase()).join(",") + "\n"), PROJECT_COLUMNS).format).toBe("official");
  });

  it("takes the project's own header as the project's format", () => {
    expect(detectImportFormat(readHeader(readFileSync("data/import-sample.csv", "utf8")), PROJECT_COLUMNS)).toEqual({ format: "project" });
  });

  it("refuses a damaged official header by naming the missing columns, and an unknown one as such", () => {
    const damaged = OFFICIAL_COLUMNS.filter((c) => c !== "total_ms" && c !== "modality");
    expect(detectImportFormat(damaged, PROJECT_COLUMNS)).toMatchObject({
      format: "unknown",
      error: { line: 1, code: "officialMissingColumns", values: { columns: "total_ms, modality" } },
    });
    expect(detectImportFormat(["country", "party", "seats"], PROJECT_COLUMNS)).toMatchObject({ format: "unknown", error: { code: "unknownFormat" } });
    expect(detectImportFormat(readHeader(""), PROJECT_COLUMNS)).toMatchObject({ format: "unknown", error: { code: "csvEmpty" } });
  });
});

describe("reading the published file", () => {
  const parsed = parseOfficialCsv(FILE);

  it("reads 2,820 rows as 188 resolutions, fifteen members each, with the lines of their rows", () => {
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toBe(2820);
    expect(parsed.resolutions).toHaveLength(188);
    const first = byLabel(parsed, "S/RES/2618(2022)");
    expect(first).toMatchObject({
      key: "res:2618",
      ref: "S/RES/2618(2022)",
      resolutionNumber: 2618,
      firstLine: 2,
      lastLine: 16,
      votedOn: "2022-01-27",
      symbol: "S/2022/52",
      meetingRecord: "S/PV.8956",
      modality: "RECORDED_VOTE",
      stated: { yes: 15, no: 0, abstain: 0, nonVoting: 0, members: 15 },
      undlId: "3956503",
      undlLink: "https://digitallibrary.un.org/record/3956503",
      defects: [],
    });
    expect(Object.keys(first.votes)).toHaveLength(15);
    expect(first.memberLines.ALB).toBe(2);
  });

  it("finds the one resolution whose rows contradict its own totals: 2812", () => {
    const defective = parsed.resolutions.filter((r) => r.defects.length > 0);
    expect(defective.map((r) => r.label)).toEqual(["S/RES/2812(2026)"]);
    expect(defective[0]!.defects).toEqual([
      expect.objectContaining({ code: "officialTotalsDisagree", resolution: "S/RES/2812(2026)", values: { rows: "15-0-0", stated: "13-0-2" } }),
    ]);
  });

  it("reads 'Without Vote' (2638) as adopted without a vote: no member votes, no stated tally", () => {
    expect(byLabel(parsed, "S/RES/2638(2022)")).toMatchObject({ modality: "WITHOUT_VOTE", votes: {}, stated: null, defects: [] });
  });

  it("normalizes meeting symbols without the dot and says so", () => {
    expect(byLabel(parsed, "S/RES/2675(2023)").meetingRecord).toBe("S/PV.9261");
    expect(byLabel(parsed, "S/RES/2707(2023)").meetingRecord).toBe("S/PV.9473");
    expect(parsed.notes.map((n) => [n.resolution, n.code, n.values])).toEqual([
      ["S/RES/2675(2023)", "officialMeetingNormalized", { value: "S/PV9261", stored: "S/PV.9261" }],
      ["S/RES/2707(2023)", "officialMeetingNormalized", { value: "S/PV9473", stored: "S/PV.9473" }],
    ]);
    expect(byLabel(parsed, "S/RES/2802(2025)").meetingRecord).toBe("S/PV.10042 (Resumption 1)");
  });

  it("ignores permanent_member: flipping every flag reads the same", () => {
    const flipped = FILE.replace(/,(True|False),/g, (_m, f: string) => `,${f === "True" ? "False" : "True"},`);
    expect(parseOfficialCsv(flipped).resolutions).toEqual(parsed.resolutions);
  });
});

describe("source defects, by line", () => {
  const rows = rowsOf("S/RES/2618(2022)", "S/RES/2619(2022)");

  it("a bad vote value, a malformed member code, a date that does not exist, a duplicate member row", () => {
    const lines = [...rows];
    lines[1] = setCell(lines[1]!, "ms_vote", "Yes"); // line 3
    lines[2] = setCell(lines[2]!, "ms_code", "C1N"); // line 4
    lines[16] = setCell(lines[16]!, "ms_code", "ALB"); // 2619's second row (line 18) repeats line 17
    const parsed = parseOfficialCsv(csv(lines));
    expect(parsed.fileErrors).toEqual([]);
    expect(byLabel(parsed, "S/RES/2618(2022)").defects.map((d) => [d.line, d.column, d.code])).toEqual([
      [3, "ms_vote", "officialBadVote"],
      [4, "ms_code", "officialBadMember"],
    ]);
    expect(byLabel(parsed, "S/RES/2619(2022)").defects.map((d) => [d.line, d.column, d.code, d.values])).toEqual([
      [18, "ms_code", "officialDuplicateMember", { member: "ALB", line: 17 }],
    ]);

    const badDate = rows.map((l) => (l.includes("S/RES/2619(2022)") ? setCell(l, "date", "2022-02-30") : l));
    const dated = parseOfficialCsv(csv(badDate));
    expect(byLabel(dated, "S/RES/2619(2022)").defects).toEqual([
      expect.objectContaining({ line: 17, column: "date", code: "officialBadDate", values: { value: "2022-02-30" } }),
    ]);
    expect(byLabel(dated, "S/RES/2618(2022)").defects).toEqual([]);
  });

  it("a row that disagrees with its resolution's first row on a shared column", () => {
    const lines = [...rows];
    lines[5] = setCell(lines[5]!, "meeting", "S/PV.8957");
    expect(byLabel(parseOfficialCsv(csv(lines)), "S/RES/2618(2022)").defects).toEqual([
      expect.objectContaining({ line: 7, column: "meeting", code: "officialInconsistent", values: { value: "S/PV.8957", expected: "S/PV.8956", line: 2 } }),
    ]);
  });

  it("a row naming no readable resolution makes the whole file unreadable", () => {
    const lines = [...rows];
    lines[3] = setCell(lines[3]!, "resolution", "2618 of 2022");
    const parsed = parseOfficialCsv(csv(lines));
    expect(parsed.fileErrors).toEqual([expect.objectContaining({ line: 5, column: "resolution", code: "officialBadResolution" })]);
  });

  it("broken CSV and oversized files are file errors", () => {
    expect(parseOfficialCsv(csv([...rows.slice(0, 2), '3956503,"ALB,ALBANIA'])).fileErrors).toEqual([expect.objectContaining({ code: "csvSyntax", line: 4 })]);
    expect(parseOfficialCsv(FILE, { maxBytes: 1000 }).fileErrors).toEqual([expect.objectContaining({ code: "fileTooLarge" })]);
    expect(parseOfficialCsv(csv([])).fileErrors).toEqual([expect.objectContaining({ code: "csvEmpty" })]);
  });
});

describe("comparing with the record", () => {
  const parsed = parseOfficialCsv(csv(rowsOf("S/RES/2618(2022)", "S/RES/2638(2022)", "S/RES/2812(2026)")));
  const members = new Set(parsed.resolutions.flatMap((r) => Object.keys(r.memberLines)));
  const asStored = (r: OfficialResolution, over: Partial<StoredResolution> = {}): StoredResolution => ({
    ref: r.ref,
    symbol: r.symbol,
    votedOn: r.votedOn,
    meetingRecord: r.meetingRecord,
    modality: r.modality,
    votes: { ...r.votes },
    issueEvidence: [],
    ...over,
  });
  const r2618 = byLabel(parsed, "S/RES/2618(2022)");
  const r2638 = byLabel(parsed, "S/RES/2638(2022)");
  const r2812 = byLabel(parsed, "S/RES/2812(2026)");
  const tail2812 = { ...r2812.votes, CHN: "A" as const, RUS: "A" as const };
  const record = (over: Partial<Record<string, StoredResolution>> = {}) =>
    new Map(
      Object.entries({ "res:2618": asStored(r2618), "res:2638": asStored(r2638), "res:2812": asStored(r2812, { votes: tail2812 }), ...over }).filter(
        (e): e is [string, StoredResolution] => e[1] !== undefined,
      ),
    );

  it("the record as the file states it: nothing to write; 2812 a source defect only, noting that the record holds its totals", () => {
    const diff = diffOfficial(parsed, record(), members);
    expect(diff).toMatchObject({ items: [], unchanged: 2, conflicts: [] });
    expect(diff.defects).toEqual([
      expect.objectContaining({
        resolution: "S/RES/2812(2026)",
        code: "officialTotalsDisagree",
        values: { rows: "15-0-0", stated: "13-0-2", record: "13-0-2" },
      }),
    ]);
  });

  it("a vote and a fact the record holds otherwise are changes, with the member's line", () => {
    const diff = diffOfficial(parsed, record({ "res:2618": asStored(r2618, { votes: { ...r2618.votes, GHA: "A" }, meetingRecord: "S/PV.8955" }) }), members);
    expect(diff.items).toHaveLength(1);
    expect(diff.items[0]!.voteChanges).toEqual([
      { ref: "S/RES/2618(2022)", resolution: "S/RES/2618(2022)", line: r2618.memberLines.GHA, member: "GHA", stored: "A", file: "Y" },
    ]);
    expect(diff.items[0]!.factChanges).toEqual([
      { ref: "S/RES/2618(2022)", resolution: "S/RES/2618(2022)", line: 2, field: "meetingRecord", stored: "S/PV.8955", file: "S/PV.8956" },
    ]);
    expect(diff.items[0]!.target).toMatchObject({ meetingRecord: "S/PV.8956", votes: r2618.votes });
  });

  it("a value the record's data issues document as set aside is a conflict, and the record's value stays", () => {
    const stored = asStored(r2618, { votedOn: "2022-01-28", issueEvidence: [JSON.stringify({ alternatives: { other: "2022-01-27" } })] });
    const diff = diffOfficial(parsed, record({ "res:2618": stored }), members);
    expect(diff.items).toEqual([]);
    expect(diff.conflicts).toEqual([
      expect.objectContaining({
        resolution: "S/RES/2618(2022)",
        column: "date",
        code: "officialDocumented",
        values: { stored: "2022-01-28", file: "2022-01-27" },
      }),
    ]);
  });

  it("a resolution the record lacks is new; one with a member code the record does not know is a defect", () => {
    const fresh = diffOfficial(parsed, record({ "res:2618": undefined }), members);
    expect(fresh.items.map((i) => [i.resolution.label, i.stored])).toEqual([["S/RES/2618(2022)", null]]);
    const unknown = diffOfficial(parsed, record(), new Set([...members].filter((m) => m !== "GHA")));
    expect(unknown.defects).toContainEqual(
      expect.objectContaining({ resolution: "S/RES/2618(2022)", line: r2618.memberLines.GHA, code: "officialUnknownMember", values: { member: "GHA" } }),
    );
  });

  it("'Without Vote' against a record holding member votes changes the modality and removes the votes, inventing none", () => {
    const diff = diffOfficial(parsed, record({ "res:2638": asStored(r2638, { modality: "RECORDED_VOTE", votes: { ...r2618.votes } }) }), members);
    expect(diff.items[0]!.factChanges).toEqual([expect.objectContaining({ field: "modality", stored: "RECORDED_VOTE", file: "WITHOUT_VOTE" })]);
    expect(diff.items[0]!.target.votes).toEqual({});
    expect(diff.items[0]!.voteChanges.every((v) => v.file === null)).toBe(true);
  });
});
