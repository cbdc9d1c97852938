// Issue 12, HTTP caching a CDN can honour: on the production server, every public page and API
// answer a write can change carries a short shared lifetime (lib/http-cache.ts), never Next's
// `s-maxage=31536000` for copies; dynamic and admin pages stay private.
import { expect, test } from "@playwright/test";
import { PUBLIC_CACHE_CONTROL, SHARED_MAX_AGE, STALE_SECONDS } from "../../lib/http-cache";

const SHARED = [
  "/",
  "/vetoes",
  "/resolutions",
  "/resolutions?country=RUS&from=2000",
  "/th/vetoes",
  "/resolutions/S/2024/255",
  "/api/vetoes",
  "/api/resolutions/S/2024/255",
  // Feeds and embeds (issue 14): cached queries, expired by every write.
  "/feeds/votes.atom",
  "/th/feeds/members/RUS.atom",
  "/embed/veto-history?by=decade",
  "/th/embed/resolutions/S/2024/255",
];
const PRIVATE = ["/about", "/coverage", "/countries/RUS", "/resolutions?q=sanctions", "/admin/login"];

/** A reader with no cookies (Playwright's request context keeps the locale cookie between requests). */
const get = (baseURL: string | undefined, path: string) => fetch(new URL(path, baseURL), { redirect: "manual", headers: { "accept-language": "en" } });

test("pages and API answers a write can change are shared for at most a minute", async ({ baseURL }) => {
  for (const path of SHARED) {
    const response = await get(baseURL, path);
    expect(response.status, `${path} ${response.headers.get("location") ?? ""}`).toBe(200);
    expect(response.headers.get("cache-control"), path).toBe(PUBLIC_CACHE_CONTROL);
  }
  expect(SHARED_MAX_AGE + STALE_SECONDS).toBeLessThanOrEqual(60);
});

test("pages rendered per request and the admin area are never shared", async ({ baseURL }) => {
  for (const path of PRIVATE) {
    const response = await get(baseURL, path);
    expect(response.status, path).toBe(200);
    const cacheControl = response.headers.get("cache-control") ?? "";
    expect(cacheControl, path).toMatch(/no-store/);
    expect(cacheControl, path).not.toMatch(/s-maxage|public/);
  }
});
