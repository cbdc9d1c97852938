import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/exports/[list]/route";
import { EXPORT_COLUMNS } from "@/lib/exports/lists";
import { exportHref, type ExportList } from "@/lib/exports/links";
import { listDrafts } from "@/lib/queries/drafts";
import { listVetoes } from "@/lib/queries/vetoes";
import { parseCsvRecords } from "@/lib/seed/csv";
import type { DraftFilters } from "@/lib/validations/filters";

// Issue 13: the veto CSV ignored the search box (1 row on screen, 20 in the file). An export must
// hold exactly the rows its list shows for the same filters — search text, sort and all — over
// every page, in the list's order. The list is read page by page as a reader would page through it.

async function listedRefs(list: ExportList, filters: DraftFilters): Promise<string[]> {
  const refs: string[] = [];
  for (let page = 1; ; page++) {
    const rows =
      list === "vetoes" ? (await listVetoes({ ...filters, page })).items.map((r) => r.ref) : (await listDrafts({ ...filters, page })).rows.map((r) => r.ref);
    if (rows.length === 0) return refs;
    refs.push(...rows);
  }
}

async function download(list: ExportList, filters: DraftFilters, format: "csv" | "json", locale = "en") {
  const res = await GET(new Request(`https://unsc.example.org${exportHref(list, filters, format, locale)}`), { params: Promise.resolve({ list }) });
  expect(res.status).toBe(200);
  return res;
}

const CASES: [ExportList, DraftFilters][] = [
  ["vetoes", { q: "Middle East" }],
  ["vetoes", { vetoedBy: "USA", q: "Middle East", from: 2000 }],
  ["vetoes", { topic: "middle-east", count: "drafts", sort: "date-asc" }],
  ["vetoes", { vetoedBy: "RUS" }],
  ["resolutions", { country: "USA", vote: "N" }],
  ["resolutions", { topic: "middle-east", from: 2000, outcome: "vetoed" }],
  ["resolutions", { q: "Syria", sort: "symbol" }],
  ["resolutions", { country: "JPN", vote: "A", kind: "draft" }],
  ["resolutions", { from: 2020, to: 2024 }],
];

describe("exports hold exactly the rows of their list", () => {
  for (const [list, filters] of CASES) {
    it(`${list} ${JSON.stringify(filters)}`, async () => {
      const expected = await listedRefs(list, filters);
      expect(expected.length).toBeGreaterThan(0);

      const csv = await download(list, filters, "csv");
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
      const [header, ...records] = parseCsvRecords(await csv.text());
      expect(header!.fields).toEqual([...EXPORT_COLUMNS]);
      const col = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name);
      expect(records.map((r) => r.fields[col("ref")])).toEqual(expected);
      for (const r of records) {
        expect(r.fields[col("url")]).toMatch(/^https:\/\/unsc\.example\.org\/resolutions\//);
        expect(r.fields[col("outcome")]).toMatch(/^(ADOPTED|VETOED|FAILED)$/);
      }

      const json = (await (await download(list, filters, "json")).json()) as { count: number; page: string; rows: { ref: string }[] };
      expect(json.count).toBe(expected.length);
      expect(json.rows.map((r) => r.ref)).toEqual(expected);
      expect(json.page).toMatch(new RegExp(`^https://unsc\\.example\\.org/${list}`));
    });
  }

  it("the file name says the list and its filters; Thai addresses in the Thai export", async () => {
    const res = await download("vetoes", { vetoedBy: "USA", q: "Middle East" }, "csv", "th");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="unsc-vetoes_q-Middle-East_vetoedBy-USA.csv"');
    const [, first] = parseCsvRecords(await res.text());
    expect(first!.fields[EXPORT_COLUMNS.indexOf("url")]).toMatch(/^https:\/\/unsc\.example\.org\/th\/resolutions\//);
    const json = await download("resolutions", { country: "USA", vote: "N" }, "json");
    expect(json.headers.get("content-disposition")).toBe('attachment; filename="unsc-resolutions_country-USA_vote-N.json"');
  });

  it("the search narrows the veto export as it narrows the list (the file once held every veto)", async () => {
    const all = (await (await download("vetoes", {}, "json")).json()) as { count: number };
    const searched = (await (await download("vetoes", { q: "Middle East" }, "json")).json()) as { count: number };
    expect(searched.count).toBeLessThan(all.count);
    expect(searched.count).toBe((await listVetoes({ q: "Middle East" })).total);
  });

  it("an unknown list is a 404, an unknown format a 400", async () => {
    const req = (path: string) => new Request(`http://localhost${path}`);
    expect((await GET(req("/api/exports/nothing"), { params: Promise.resolve({ list: "nothing" }) })).status).toBe(404);
    expect((await GET(req("/api/exports/vetoes?format=xls"), { params: Promise.resolve({ list: "vetoes" }) })).status).toBe(400);
  });
});
