import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET } from "@/app/api/vetoes/route";
import { draftPath } from "@/lib/validations/draft-ref";

// GET /api/vetoes called directly with a Request (no server), against this file's seeded database copy.

const call = (query: string) => GET(new Request(`http://localhost/api/vetoes${query}`));

interface ApiVeto {
  ref: string;
  symbol: string | null;
  date: string | null;
  year: number;
  meeting: string | null;
  member: { code: string; holder: string; seat: string; nameEn: string; nameTh: string };
  topics: { slug: string; labelEn: string; labelTh: string }[];
  url: string;
}

describe("GET /api/vetoes (JSON)", () => {
  it("returns one object per veto cast, with the draft, date, meeting, member names and topics", async () => {
    const res = await call("");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const body = (await res.json()) as { count: number; vetoes: ApiVeto[] };
    expect(body.count).toBe(await db.veto.count());
    expect(body.vetoes).toHaveLength(body.count);
    const seed = body.vetoes.find((v) => v.symbol === "S/2024/255");
    expect(seed).toMatchObject({
      date: "2024-03-28",
      year: 2024,
      meeting: "S/PV.9591",
      member: { code: "RUS", holder: "RUS", seat: "RUS", nameEn: "Russian Federation" },
      url: draftPath(seed!.ref),
    });
    expect(seed!.member.nameTh).toBeTruthy();
    expect(seed!.topics.map((t) => t.slug)).toContain("dprk");
  });

  it("filters by member, years and topic; member accepts lower case and the holders ROC/PRC", async () => {
    const body = (await (await call("?member=rus&from=2024&to=2024")).json()) as { vetoes: ApiVeto[] };
    expect(body.vetoes.length).toBeGreaterThan(0);
    expect(body.vetoes.every((v) => v.member.code === "RUS" && v.year === 2024)).toBe(true);
    const prc = (await (await call("?member=PRC")).json()) as { vetoes: ApiVeto[] };
    expect(prc.vetoes.every((v) => v.member.holder === "PRC" && v.member.code === "CHN")).toBe(true);
    const dprk = (await (await call("?topic=dprk")).json()) as { vetoes: ApiVeto[] };
    expect(dprk.vetoes.every((v) => v.topics.some((t) => t.slug === "dprk"))).toBe(true);
    const none = (await (await call("?topic=no-such-topic")).json()) as { count: number };
    expect(none.count).toBe(0);
  });
});

describe("GET /api/vetoes?format=csv", () => {
  it("returns text/csv with a header row and one row per veto", async () => {
    const res = await call("?format=csv&member=USA&from=2023");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment/);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const json = (await (await call("?member=USA&from=2023")).json()) as { count: number };
    expect(rows).toHaveLength(json.count);
    expect(Object.keys(rows[0]!)).toEqual([
      "date",
      "year",
      "ref",
      "symbol",
      "meeting",
      "object_of_vote",
      "member_code",
      "holder",
      "member_name_en",
      "member_name_th",
      "topics",
    ]);
    expect(rows.every((r) => r.member_code === "USA")).toBe(true);
  });

  it("has a header row even when nothing matches", async () => {
    const text = await (await call("?format=csv&topic=no-such-topic")).text();
    expect(text.trim().split(/\r?\n/)).toHaveLength(1);
    expect(text.startsWith("date,year,ref,")).toBe(true);
  });

  it("escapes quotes and commas and defuses spreadsheet formulas", async () => {
    const meeting = await db.meeting.create({ data: { record: '=HYPERLINK("http://evil.example","x"), "quoted"' } });
    const draft = await db.draft.create({
      data: {
        ref: "TEST/CSV/1",
        symbol: "@SUM(A1)",
        year: 2025,
        votedOn: new Date("2025-12-01"),
        meetingId: meeting.id,
        outcome: "VETOED",
        modality: "NO_ROLL_CALL",
      },
    });
    await db.veto.create({ data: { draftId: draft.id, memberCode: "FRA", year: 2025, votedOn: new Date("2025-12-01") } });
    try {
      const text = await (await call("?format=csv&member=FRA&from=2025")).text();
      const rows = parse(text, { columns: true }) as Record<string, string>[];
      const row = rows.find((r) => r.ref === "TEST/CSV/1")!;
      expect(row.meeting).toBe(`'=HYPERLINK("http://evil.example","x"), "quoted"`);
      expect(row.symbol).toBe("'@SUM(A1)");
    } finally {
      await db.draft.delete({ where: { id: draft.id } });
      await db.meeting.delete({ where: { id: meeting.id } });
    }
  });
});

describe("GET /api/vetoes: bad input is a 400 with a clear JSON error", () => {
  it.each([
    ["?member=russia", "member"],
    ["?member=DEU", "member"],
    ["?from=abc", "from"],
    ["?from=1800", "from"],
    ["?to=2024.5", "to"],
    ["?from=2020&to=2000", "to"],
    ["?topic=Not%20A%20Slug", "topic"],
    ["?format=xml", "format"],
  ])("%s", async (query, param) => {
    const res = await call(query);
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { error: { message: string; issues: { path: string; message: string }[] } };
    expect(body.error.message).toContain(param);
    expect(body.error.issues.map((i) => i.path)).toContain(param);
  });
});
