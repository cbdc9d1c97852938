// Issue 12, "many servers, one truth": two production servers (`next start` on the build the e2e
// web server made) on one PostgreSQL database and one Redis, behind HAProxy. An editor changes a
// draft through one server's admin UI; the other server shows the change at once on the draft's
// page, on a filtered list and in the API, while readers through the balancer get only 200s.
// Without the shared cache (E2E_INSTANCES_REDIS_URL= , i.e. empty) the other server keeps its old
// copies and this spec fails (docs/decisions/010-shared-cache.md).
import { expect, test, type Page } from "@playwright/test";
import { PUBLIC_CACHE_CONTROL } from "../../lib/http-cache";
import { keepReading, startInstances, type Instances } from "./support/instances";

const PORTS = [Number(process.env.E2E_INSTANCE_PORT_A ?? 3316), Number(process.env.E2E_INSTANCE_PORT_B ?? 3317)];
const BALANCER_PORT = Number(process.env.E2E_BALANCER_PORT ?? 3315);
const REDIS_URL = process.env.E2E_INSTANCES_REDIS_URL ?? "redis://127.0.0.1:6379";
const REF = "S/RES/2829(2026)"; // draft S/2026/761, the newest vote: first on the filtered list
const PAGE = `/resolutions/${REF}`;
const LIST = "/resolutions?country=RUS&from=2000";
const API = `/api/resolutions/${REF}`;

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

let cluster: Instances;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = await startInstances({ ports: PORTS, balancerPort: BALANCER_PORT, redisUrl: REDIS_URL });
});
test.afterAll(async () => {
  await cluster?.stop();
});

const get = (base: string, path: string) => fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
const text = async (base: string, path: string) => {
  const response = await get(base, path);
  expect(response.status, `${base}${path}`).toBe(200);
  return response.text();
};

async function editTitle(page: Page, server: string, title: string) {
  await page.goto(`${server}/admin${PAGE}/edit`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Title of the draft").fill(title, { timeout: 60_000 });
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByText(/Your changes to .+ were saved\./)).toBeVisible({ timeout: 60_000 });
}

test("a copy one server made is served by the other, with headers a CDN can honour", async () => {
  const [a, b] = cluster.servers as [string, string];
  for (const path of [PAGE, LIST]) {
    const first = await get(a, path);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    const other = await get(b, path);
    expect(other.status).toBe(200);
    expect(other.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    if (REDIS_URL) expect(other.headers.get("x-nextjs-cache"), `${path} on the other server`).toBe("HIT");
  }
  expect((await get(b, API)).headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
});

test("an edit through one server shows at once on the other (page, filtered list, API); readers see no error", async ({ page }) => {
  const [a, b] = cluster.servers as [string, string];
  const tag = Date.now().toString(36);
  // Both servers hold copies from before the edit.
  for (const server of [a, b]) for (const path of [PAGE, LIST, API]) await text(server, path);

  await page.goto(`${a}/admin/login`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(cluster.admin.email);
  await page.getByLabel("Password").fill(cluster.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 60_000 });

  const readers = keepReading(cluster.balancer, ["/", "/vetoes", LIST, PAGE, API, "/api/vetoes"], 2);
  try {
    for (const [writer, reader, n] of [[a, b, 1] as const, [b, a, 2] as const]) {
      const title = `Shared cache check ${tag} ${n}`;
      await editTitle(page, writer, title);
      // At once: no polling, no waiting for a lifetime to run out.
      expect(await text(reader, PAGE), "draft page on the other server").toContain(title);
      expect(await text(reader, LIST), "filtered list on the other server").toContain(title);
      expect(JSON.parse(await text(reader, API)).draft.title, "API on the other server").toBe(title);
      expect(await text(cluster.balancer, LIST), "filtered list through the balancer").toContain(title);
    }
  } finally {
    const seen = await readers.stop();
    expect(seen.failures, cluster.logs().slice(-4000)).toEqual([]);
    expect(seen.requests).toBeGreaterThan(20);
  }
});
