// Hostile and unknown path segments, over HTTP against the production server: a real 404 (or a
// 400 for an escape that does not decode) — never a 200 for some other page, never a 5xx.
//
// The 200s came from next-intl's rewrite (a decoded %00, tab, newline or trailing space was dropped
// by the URL parser, so /countries/%00 was served as /countries) and the 500s from Next's router
// (a malformed escape in a dynamic segment, vercel/next.js#94278). Both are answered before routing
// by lib/request-path.ts (unit tests: tests/unit/request-path.test.ts) — once proxy.ts calls
// refusedPathResponse first thing and its matcher covers every path. Until then this spec fails.
import { expect, test } from "@playwright/test";

const LONG = "x".repeat(2_000);

/** Paths as sent on the wire: fetch keeps percent-escapes, valid or not, as they are written. */
const CASES: [path: string, allowed: number[]][] = [
  // Unknown keys: the routes' own 404s (from their layouts, before any streaming).
  ["/countries/ZZZ", [404]],
  ["/topics/no-such-topic", [404]],
  ["/resolutions/S/1900/1", [404]],
  ["/th/resolutions/S/1900/1", [404]],
  ["/api/resolutions/S/1900/1", [404]],
  ["/no/such/page", [404]],
];
for (const seg of [
  "%00", // NUL, dropped by next-intl's rewrite: was a 200 of the list page
  "%2500", // a literal "%00" once decoded
  "..%2f",
  "..%2F..%2Fetc%2Fpasswd",
  "%09",
  "%0A",
  "%20", // a trailing space, dropped like %00
  "RUS%00",
  "%E0%A4%A", // truncated UTF-8 escape: was a 500
  "%ZZ",
  "%",
  "%C0%AE",
  "%ED%A0%80",
  LONG,
]) {
  const allowed = /^%(E0%A4%A|ZZ|C0%AE|ED%A0%80)?$/.test(seg) ? [400] : [404];
  for (const base of ["/countries/", "/topics/", "/resolutions/", "/th/resolutions/", "/resolutions/S/2024/"]) CASES.push([base + seg, allowed]);
  CASES.push([`/api/resolutions/${seg}`, [400, 404]]);
}
// A known page with a control character appended is not that page.
for (const path of ["/resolutions/S/2024/255%00", "/countries/RUS%00", "/topics/dprk%0A", "/countries/R%09US", "/resolutions/S/2024/255%20"])
  CASES.push([path, [404]]);

test("hostile and unknown path segments: 404 or 400, never a 200 or a 5xx", async ({ baseURL }) => {
  const failures: string[] = [];
  for (const [path, allowed] of CASES) {
    const res = await fetch(`${baseURL}${path}`, { redirect: "manual" });
    const type = res.headers.get("content-type") ?? "";
    if (!allowed.includes(res.status)) failures.push(`${res.status} ${path.slice(0, 80)} (expected ${allowed.join(" or ")})`);
    else if (path.startsWith("/api/") && !type.includes("application/json")) failures.push(`${res.status} ${path.slice(0, 80)} answered ${type}, not JSON`);
    await res.body?.cancel();
  }
  expect(failures).toEqual([]);
});

test("the refused paths show the site's own not-found page, in the path's language", async ({ page }) => {
  for (const [path, title] of [
    ["/countries/%00", "Not found"],
    ["/th/resolutions/S/2024/255%00", "ไม่พบหน้านี้"],
  ] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(title);
  }
});

test("the pages these paths were mistaken for still answer", async ({ baseURL }) => {
  for (const path of [
    "/countries",
    "/topics",
    "/resolutions",
    "/countries/RUS",
    "/topics/dprk",
    "/resolutions/S/2024/255",
    "/th/resolutions/S/2024/255",
    "/api/resolutions/S/2024/255",
  ]) {
    const res = await fetch(`${baseURL}${path}`, { redirect: "manual" });
    expect(res.status, path).toBe(200);
    await res.body?.cancel();
  }
});
