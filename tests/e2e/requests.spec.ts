// Issue 12, requests an attacker shapes, against the production server (the e2e web server):
// each answers a 4xx — never a 500 or the "database did not answer" page. Requests go through
// node:http, which sends what fetch refuses to (TRACE, bytes that are not UTF-8, chunked bodies).
// The unit tests (tests/unit/request-guard.test.ts) give the rules; this shows Next's server in
// front of them agrees (it re-encodes query strings, builds no Request for TRACE, buffers bodies).
import http from "node:http";
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./support/admin";

const BASE = new URL(process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3300}`);

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const all = { ...headers };
    if (body !== undefined && !("transfer-encoding" in all)) all["content-length"] = String(Buffer.byteLength(body));
    const req = http.request({ host: BASE.hostname, port: BASE.port, method, path, headers: all }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (b: Buffer) => chunks.push(b));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

let cookie = "";
test.beforeAll(async ({ browser }) => {
  if (!ADMIN.email) return;
  const page = await browser.newPage();
  await signIn(page);
  const session = (await page.context().cookies()).find((c) => /better-auth\.session_token$/.test(c.name));
  cookie = session ? `${session.name}=${session.value}` : "";
  await page.close();
});

test("a NUL or invalid UTF-8 in any query string: 400, on pages, admin pages and the API", async () => {
  const pages = ["/", "/resolutions", "/th/resolutions", "/vetoes", "/countries", "/resolutions/S/2024/255", "/admin/login"];
  const api = ["/api/vetoes", "/api/resolutions/S/2024/255", "/api/auth/get-session"];
  const admin = ["/admin", "/admin/audit"];
  const failures: string[] = [];
  for (const value of ["%00", "a%00b", "%FF", "%C3%28", "%ED%A0%80", "caf%E9"]) {
    for (const p of [...pages, ...api, ...admin]) {
      for (const param of ["q", "from", "country", "actor", "next"]) {
        const url = `${p}?${param}=${value}`;
        const res = await send("GET", url, p.startsWith("/admin/") || p === "/admin" ? { cookie } : {});
        if (res.status !== 400) failures.push(`${res.status} ${url}`);
        else if (p.startsWith("/api/")) expect(res.headers["content-type"], url).toMatch(/application\/json/);
      }
    }
  }
  expect(failures).toEqual([]);
  // Text a reader may search for still works (Thai, a literal "%00").
  for (const url of ["/resolutions?q=%E0%B8%A3%E0%B8%B1%E0%B8%AA", "/resolutions?q=%2500", "/api/vetoes?member=RUS&from=2024"])
    expect((await send("GET", url)).status, url).toBe(200);
});

test("sign-in with a NUL or invalid UTF-8: 400, not 500", async () => {
  const post = (body: Buffer | string) => send("POST", "/api/auth/sign-in/email", { "content-type": "application/json", origin: BASE.origin }, body);
  expect((await post(JSON.stringify({ email: "admin\u0000@example.org", password: "password-1234" }))).status).toBe(400);
  expect((await post(JSON.stringify({ email: "admin@example.org", password: "pass\u0000word-1234" }))).status).toBe(400);
  expect(
    (await post(Buffer.concat([Buffer.from('{"email":"admin'), Buffer.from([0xff]), Buffer.from('@example.org","password":"password-1234"}')]))).status,
  ).toBe(400);
});

test("TRACE and other unserved methods: 405 with Allow", async () => {
  for (const [method, path, allow] of [
    ["TRACE", "/", "GET, HEAD, POST"],
    ["TRACE", "/resolutions/S/2024/255", "GET, HEAD, POST"],
    ["TRACE", "/api/vetoes", "GET, HEAD, OPTIONS"],
    ["TRACE", "/api/auth/get-session", "GET, HEAD, OPTIONS, POST"],
    ["PUT", "/", "GET, HEAD, POST"],
    ["DELETE", "/th/vetoes", "GET, HEAD, POST"],
    ["PROPFIND", "/admin", "GET, HEAD, POST"],
    ["PATCH", "/api/vetoes", "GET, HEAD, OPTIONS"],
  ]) {
    const res = await send(method!, path!);
    expect(res.status, `${method} ${path}`).toBe(405);
    expect(res.headers.allow, `${method} ${path}`).toBe(allow);
  }
  expect((await send("HEAD", "/vetoes")).status).toBe(200);
});

test("a server action from another origin: 403, and nothing reaches the action", async () => {
  for (const origin of ["https://evil.example", "null", `http://127.0.0.1:${Number(BASE.port) + 1}`]) {
    const res = await send("POST", "/admin/users", { "next-action": "0".repeat(42), origin, cookie, "content-type": "text/plain;charset=UTF-8" }, "[]");
    expect(res.status, origin).toBe(403);
  }
  // The same post from the site itself reaches Next (which knows no such action).
  const own = await send(
    "POST",
    "/admin/users",
    { "next-action": "0".repeat(42), origin: BASE.origin, cookie, "content-type": "text/plain;charset=UTF-8" },
    "[]",
  );
  expect(own.status).not.toBe(403);
  expect(own.status).toBeLessThan(500);
});

test("an oversized body: 413 (a chunked one: 411), for server actions and the API", async () => {
  const big = Buffer.alloc(6 * 1024 * 1024, "a");
  const action = { "next-action": "0".repeat(42), origin: BASE.origin, cookie, "content-type": "text/plain;charset=UTF-8" };
  expect((await send("POST", "/admin/import", action, big)).status).toBe(413);
  expect((await send("POST", "/admin/import", { ...action, "content-type": "multipart/form-data; boundary=x" }, big)).status).toBe(413);
  expect((await send("POST", "/admin/import", { ...action, "transfer-encoding": "chunked" }, big)).status).toBe(411);
  expect((await send("POST", "/api/auth/sign-in/email", { "content-type": "application/json", origin: BASE.origin }, big)).status).toBe(413);
});

test("an editor uploads a CSV that is not UTF-8 (Windows-1252): the check names the line, nothing is written", async ({ page }) => {
  test.skip(!ADMIN.email, "E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD are not set");
  await signIn(page);
  await page.goto("/admin/import");
  await page.waitForLoadState("networkidle");
  const header = "symbol,date,title,topics,yes,no,abstain,source_url,source_title";
  const row = Buffer.concat([Buffer.from("S/2025/9999,2025-06-04,R"), Buffer.from([0xe9]), Buffer.from("solution,gaza,USA,,,https://example.org,Source\n")]);
  await page.getByLabel("CSV file").setInputFiles({ name: "cp1252.csv", mimeType: "text/csv", buffer: Buffer.concat([Buffer.from(`${header}\n`), row]) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("Line 2: Contains a character that cannot be saved")).toBeVisible({ timeout: 30_000 });
  expect((await send("GET", "/api/resolutions/S/2025/9999")).status).toBe(404);
});
