// GET /api/ready (lib/readiness.ts): 200 when the database and, if configured, Redis answer;
// 503 with the failing check named when either is down. /api/health stays liveness only.
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/ready/route";
import { GET as health } from "@/app/api/health/route";
import { freePort } from "../support/databases";
import { TEST_REDIS_URL } from "../support/redis";

const databaseUrl = process.env.DATABASE_URL!;
afterEach(() => {
  process.env.DATABASE_URL = databaseUrl;
  delete process.env.REDIS_URL;
});

async function ready() {
  const response = await GET();
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get("cache-control") };
}

describe("GET /api/ready", () => {
  it("is ready when the database and Redis answer", async () => {
    process.env.REDIS_URL = TEST_REDIS_URL;
    const r = await ready();
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, checks: { database: { ok: true }, redis: { ok: true } } });
    expect(r.cacheControl).toBe("no-store");
  });

  it("is ready without Redis when none is configured", async () => {
    const r = await ready();
    expect(r.status).toBe(200);
    expect(r.body.checks.redis).toEqual({ ok: true, configured: false });
  });

  it("is not ready (503) when Redis is down", async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${await freePort()}`;
    const r = await ready();
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ ok: false, checks: { database: { ok: true }, redis: { ok: false } } });
  });

  it("is not ready (503) when the database is down, while /api/health still answers", async () => {
    const down = new URL(databaseUrl);
    down.port = String(await freePort());
    process.env.DATABASE_URL = down.toString();
    const r = await ready();
    expect(r.status).toBe(503);
    expect(r.body.checks.database).toMatchObject({ ok: false });
    expect(r.body.checks.database.error).toBeTruthy();
    expect(health().status).toBe(200);
  });
});
