import { expect, test } from "@playwright/test";

// /api/v1 through the real server: the proxy lets preflights through and answers other methods
// with a 405 problem, HEAD and conditional requests work end to end, the reference page is served
// under the site's CSP without scripts, and every page's footer links it in both languages.

test("GET, HEAD, 304 and CORS through the server", async ({ request, baseURL }) => {
  const res = await request.get("/api/v1/drafts?limit=2&country=RUS");
  expect(res.status()).toBe(200);
  const headers = res.headers();
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["ratelimit-limit"]).toBeTruthy();
  const body = (await res.json()) as { drafts: unknown[]; next: string | null };
  expect(body.drafts).toHaveLength(2);
  expect(headers["link"]).toContain(`cursor=${body.next}`);

  const again = await fetch(`${baseURL}/api/v1/drafts?limit=2&country=RUS`, { headers: { "if-none-match": headers["etag"]! } });
  expect(again.status).toBe(304);

  const head = await fetch(`${baseURL}/api/v1/members/RUS`, { method: "HEAD" });
  expect(head.status).toBe(200);
  expect(await head.text()).toBe("");

  const preflight = await fetch(`${baseURL}/api/v1/vetoes`, {
    method: "OPTIONS",
    headers: { origin: "https://example.org", "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get("access-control-allow-origin")).toBe("*");

  const csv = await fetch(`${baseURL}/api/v1/topics`, { headers: { accept: "text/csv" } });
  expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
});

test("other methods and unknown paths are problem details", async ({ baseURL }) => {
  const post = await fetch(`${baseURL}/api/v1/drafts`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  expect(post.status).toBe(405);
  expect(post.headers.get("content-type")).toBe("application/problem+json");
  expect(post.headers.get("allow")).toContain("GET");
  const unknown = await fetch(`${baseURL}/api/v1/resolutions`);
  expect(unknown.status).toBe(404);
  expect(unknown.headers.get("content-type")).toBe("application/problem+json");
  const bad = await fetch(`${baseURL}/api/v1/drafts?limit=9999`);
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { errors: { name: string }[] }).errors[0]!.name).toBe("limit");
});

test("the footer links the reference, which runs no script under the site's CSP", async ({ page }) => {
  for (const home of ["/", "/th"]) {
    await page.goto(home);
    const link = page.locator("footer").getByRole("link", { name: /API/ });
    await expect(link).toHaveAttribute("href", "/api/v1/docs");
  }
  const res = await page.goto("/api/v1/docs");
  expect(res!.headers()["content-security-policy"]).toContain("default-src 'self'");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("UNSC Vote Tracker API");
  await expect(page.getByRole("heading", { name: "GET /api/v1/drafts", exact: true })).toBeVisible();
  // Asked of the reference page's own document: the previous page's late chunk requests are not its.
  const scripts = await page.evaluate(() => [
    ...Array.from(document.scripts, (s) => s.src || "inline"),
    ...performance.getEntriesByType("resource").flatMap((e) => ((e as PerformanceResourceTiming).initiatorType === "script" ? [e.name] : [])),
  ]);
  expect(scripts).toEqual([]);
  await page.getByRole("link", { name: "/api/v1/openapi.json" }).first().click();
  await expect(page).toHaveURL(/\/api\/v1\/openapi\.json$/);
});
