// Issue 5, hostile input on the API route handlers, called directly against a real database:
// SQL-looking strings, markup, NUL bytes, path traversal, absurd numbers, 10 000-character strings
// and repeated parameters in every query parameter give a 400 (with a JSON reason) or a 200 with
// the filter ignored — never a 500 — and the database is intact afterwards. Database failures map
// to 503 JSON (isDatabaseUnavailableError).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as getVetoes } from "@/app/api/vetoes/route";
import { GET as getResolution } from "@/app/api/resolutions/[...ref]/route";
import { isDatabaseUnavailableError } from "@/lib/db/health";

const HOSTILE = [
  "'; DROP TABLE draft;--",
  "<script>alert(1)</script>",
  "%00",
  "\u0000",
  "../../etc/passwd",
  "-1",
  "-99999999999999999999",
  "99999999999999999999999",
  "1e308",
  "NaN",
  "Infinity",
  "0x7E0",
  "RUS' OR '1'='1",
  "x".repeat(10_000),
];
const PARAMS = ["member", "from", "to", "topic", "format", "country", "q", "page"];

function url(entries: [string, string][]): string {
  const u = new URL("http://localhost/api/vetoes");
  for (const [k, v] of entries) u.searchParams.append(k, v);
  return u.toString();
}

describe("GET /api/vetoes with hostile parameters", () => {
  it.each(PARAMS)("?%s=<hostile> is a 400 with a reason or an ignored filter, never a 500", async (param) => {
    for (const value of HOSTILE) {
      const res = await getVetoes(new Request(url([[param, value]])));
      expect([200, 400], `${param}=${value.slice(0, 40)}`).toContain(res.status);
      const body = await res.text();
      if (res.status === 400) {
        const json = JSON.parse(body) as { error: { message: string; issues: { path: string }[] } };
        expect(json.error.issues.map((i) => i.path)).toContain(param);
        expect(body.length).toBeLessThan(5_000); // the 10 000-character value is not echoed back
      }
    }
  });

  it("repeated parameters and absurd ranges never reach a 500", async () => {
    for (const entries of [
      [
        ["member", "RUS"],
        ["member", "USA"],
      ],
      [
        ["from", "2030"],
        ["to", "1950"],
      ],
      [
        ["from", "1946"],
        ["to", "2100"],
        ["format", "csv"],
        ["format", "json"],
      ],
      [
        ["member", "rus"],
        ["topic", "UKRAINE"],
      ],
    ] as [string, string][][]) {
      const res = await getVetoes(new Request(url(entries)));
      expect([200, 400], JSON.stringify(entries)).toContain(res.status);
    }
  });

  it("the database is intact afterwards", async () => {
    expect(await db.draft.count()).toBeGreaterThan(2_000);
    const res = await getVetoes(
      new Request(
        url([
          ["member", "RUS"],
          ["from", "2024"],
          ["to", "2024"],
        ]),
      ),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { count: number }).count).toBeGreaterThan(0);
  });
});

describe("GET /api/resolutions/<ref> with hostile path segments", () => {
  it.each(HOSTILE)("%s is a 400 or a 404, never a 500", async (value) => {
    for (const ref of [[value], ["S", value], ["S", "2024", value], [value, "..", ".."]]) {
      const res = await getResolution(new Request("http://localhost/api/resolutions/x"), { params: Promise.resolve({ ref }) });
      expect([400, 404], ref.join("/").slice(0, 60)).toContain(res.status);
      expect(((await res.json()) as { error: { message: string } }).error.message.length).toBeLessThan(2_000);
    }
  });
});

describe("isDatabaseUnavailableError", () => {
  it.each([
    [{ code: "ECONNREFUSED" }, true],
    [{ message: "Connection terminated unexpectedly" }, true],
    [new Error("wrapped", { cause: { code: "57P01" } }), true],
    [{ kind: "DatabaseNotReachable" }, true],
    [{ code: "P2002", message: "Unique constraint failed" }, false],
    [new TypeError("x is undefined"), false],
    [null, false],
  ])("%o → %s", (error, expected) => {
    expect(isDatabaseUnavailableError(error)).toBe(expected);
  });
});
