// lib/request-guard.ts and refuseQuery (lib/request-path.ts): the requests the proxy answers with a
// 4xx before any routing, as NextRequests the proxy receives. tests/e2e/requests.spec.ts sends the
// same requests to a production server.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { MAX_ACTION_BODY_BYTES, MAX_API_BODY_BYTES, refusedRequestResponse } from "@/lib/request-guard";
import { allowedMethods } from "@/lib/request-methods";
import { refuseQuery } from "@/lib/request-path";

describe("refuseQuery", () => {
  it.each([
    ["?q=%00", "nulByte"],
    ["?q=a%00b", "nulByte"],
    ["?%00=1", "nulByte"],
    ["?from=2024&q=%00", "nulByte"],
    ["?q=%FF", "invalidUtf8"],
    ["?q=%C3%28", "invalidUtf8"],
    ["?q=%ED%A0%80", "invalidUtf8"], // an encoded surrogate
    ["?q=%EF%BF%BD", "invalidUtf8"], // U+FFFD: how Next hands the proxy %FF
    ["?q=caf%E9", "invalidUtf8"], // Latin-1
    ["?q=%E0%A4%A", "malformedEscape"],
    ["?country=%ZZ", "malformedEscape"],
    ["?q=%", "malformedEscape"],
  ])("%s → 400 (%s)", (search, reason) => {
    expect(refuseQuery(search)).toEqual({ status: 400, reason });
  });

  it.each([
    "",
    "?",
    "?from=2024&to=2024",
    "?q=%E0%B8%A3%E0%B8%B1%E0%B8%AA", // Thai
    "?q=S%2F2024%2F255",
    "?q=a+b&sort=date-desc",
    "?q=%2500", // a literal "%00", searched for as text
    "?q=%01%1F", // control characters PostgreSQL stores; the filters refuse them
    "?next=%2Fadmin%3Fq%3D1",
    "?a&b=&=c",
  ])("%s is left to the page", (search) => {
    expect(refuseQuery(search)).toBeNull();
  });
});

const BASE = "http://127.0.0.1:3000";
function request(p: string, init: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array<ArrayBuffer> } = {}) {
  const headers = new Headers({ host: "127.0.0.1:3000", ...init.headers });
  if (init.body !== undefined && !headers.has("content-length")) headers.set("content-length", String(new Blob([init.body]).size));
  return new NextRequest(`${BASE}${p}`, { method: init.method ?? "GET", headers, body: init.body });
}
const answer = async (...args: Parameters<typeof request>) => (await refusedRequestResponse(request(...args)))?.status ?? "routed";

describe("methods", () => {
  it.each([
    ["PROPFIND", "/th/resolutions", 405, "GET, HEAD, POST"],
    ["PUT", "/", 405, "GET, HEAD, POST"],
    ["DELETE", "/resolutions/S/2024/255", 405, "GET, HEAD, POST"],
    ["PROPFIND", "/admin", 405, "GET, HEAD, POST"],
    ["OPTIONS", "/vetoes", 405, "GET, HEAD, POST"],
    ["PROPFIND", "/api/vetoes", 405, "GET, HEAD, OPTIONS"],
    ["POST", "/api/vetoes", 405, "GET, HEAD, OPTIONS"],
    ["PATCH", "/api/resolutions/S/2024/255", 405, "GET, HEAD, OPTIONS"],
    ["PUT", "/api/auth/sign-in/email", 405, "GET, HEAD, OPTIONS, POST"],
  ])("%s %s → %s, Allow: %s", async (method, p, status, allow) => {
    const res = (await refusedRequestResponse(request(p, { method })))!;
    expect(res.status).toBe(status);
    expect(res.headers.get("allow")).toBe(allow);
  });

  it.each([
    ["GET", "/"],
    ["HEAD", "/vetoes"],
    ["GET", "/api/vetoes"],
    ["OPTIONS", "/api/vetoes"],
    ["GET", "/api/auth/get-session"],
  ])("%s %s is routed", async (method, p) => {
    expect(await answer(p, { method })).toBe("routed");
  });

  it("the Allow lists are the methods the route handlers export (Next adds HEAD and OPTIONS to GET)", () => {
    const routes = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? routes(full) : name === "route.ts" ? [full] : [];
      });
    for (const file of routes("app/api")) {
      const exported = [...readFileSync(file, "utf8").matchAll(/export (?:async function|function|const) (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)].map(
        (m) => m[1]!,
      );
      const implied = exported.includes("GET") ? ["HEAD", "OPTIONS"] : [];
      const url =
        "/" +
        path
          .relative("app", path.dirname(file))
          .replace(/\[\.\.\.\w+\]/, "x")
          .replace(/\[\w+\]/, "x");
      expect([...allowedMethods(url)].sort(), file).toEqual([...new Set([...exported, ...implied])].sort());
    }
  });
});

describe("query strings", () => {
  it.each([
    ["/resolutions?q=%00", "text/html"],
    ["/th/vetoes?q=%FF", "text/html"],
    ["/admin/audit?actor=%00", "text/html"],
    ["/api/vetoes?member=%C3%28", "application/json"],
    ["/api/auth/get-session?x=%00", "application/json"],
  ])("%s → 400 (%s)", async (p, type) => {
    const res = (await refusedRequestResponse(request(p)))!;
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain(type);
  });
});

describe("server-action posts", () => {
  const action = (origin: string | null, extra: Record<string, string> = {}) =>
    answer("/admin/users", { method: "POST", headers: { "next-action": "abc", ...(origin === null ? {} : { origin }), ...extra }, body: "[]" });

  it.each(["https://evil.example", "null", "http://127.0.0.1:3001", "http://localhost:3000", "garbage"])("Origin %s → 403", async (origin) => {
    expect(await action(origin)).toBe(403);
  });

  it("the same origin, or none (not a browser: left to Next), is routed; behind a proxy X-Forwarded-Host counts", async () => {
    expect(await action(BASE)).toBe("routed");
    expect(await action(null)).toBe("routed");
    expect(await action("https://votes.example.org", { "x-forwarded-host": "votes.example.org" })).toBe("routed");
  });

  it("a body over the server-action limit → 413; no declared length → 411", async () => {
    const big = { "content-length": String(MAX_ACTION_BODY_BYTES + 1) };
    expect(await answer("/admin/import", { method: "POST", headers: { origin: BASE, ...big }, body: "x" })).toBe(413);
    expect(await answer("/admin/import", { method: "POST", headers: { origin: BASE, "content-length": String(MAX_ACTION_BODY_BYTES) }, body: "x" })).toBe(
      "routed",
    );
    const chunked = new NextRequest(`${BASE}/admin/import`, { method: "POST", headers: { host: "127.0.0.1:3000", "transfer-encoding": "chunked" }, body: "x" });
    expect((await refusedRequestResponse(chunked))?.status).toBe(411);
  });
});

describe("API bodies (better-auth's sign-in)", () => {
  const signIn = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
    answer("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json", origin: BASE, ...headers }, body });

  it.each([
    ["a NUL in the email", JSON.stringify({ email: "a\u0000@example.org", password: "x".repeat(12) })],
    ["a raw NUL", '{"email":"a@example.org","password":"xx\u0000"}'],
    ["bytes that are not UTF-8", new Uint8Array([...Buffer.from('{"email":"a'), 0xff, ...Buffer.from('@example.org"}')]) as Uint8Array<ArrayBuffer>],
  ])("%s → 400", async (_name, body) => {
    expect(await signIn(body)).toBe(400);
  });

  it("a well-formed sign-in is routed; over the API's limit → 413", async () => {
    expect(await signIn(JSON.stringify({ email: "ผู้ใช้@example.org", password: "pässwörd-123" }))).toBe("routed");
    expect(await signIn("{}", { "content-length": String(MAX_API_BODY_BYTES + 1) })).toBe(413);
  });
});
