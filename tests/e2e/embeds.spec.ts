import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test, type Frame, type Page } from "@playwright/test";

// Issue 14, feeds and embeds, through the real server (the proxy, next.config.js headers): pages
// announce their Atom feeds; the embeds render inside an iframe on another origin (a page served
// by this spec on its own port, framing the app at "localhost" rather than "127.0.0.1"); a normal
// page in an iframe is refused; the chart downloads as SVG and PNG.

const HOST_PORT = Number(process.env.E2E_EMBED_HOST_PORT ?? Number(process.env.E2E_PORT ?? 3300) + 12);
const HOST = `http://127.0.0.1:${HOST_PORT}`;
let host: Server | null = null;
let app = "";

test.beforeAll(async ({ baseURL }) => {
  app = new URL(baseURL!).origin.replace("127.0.0.1", "localhost");
  // Another site's page: three iframes, two embeds and one ordinary page.
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Another site</title></head><body>
<h1>Another site</h1>
<iframe name="chart" src="${app}/embed/veto-history?by=decade&from=1990" title="chart" width="900" height="620"></iframe>
<iframe name="draft" src="${app}/th/embed/resolutions/S/2024/255" title="draft" width="900" height="760"></iframe>
<iframe name="page" src="${app}/resolutions/S/2024/255" title="page" width="900" height="400"></iframe>
</body></html>`;
  host = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => host!.listen(HOST_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => (host ? host.close(resolve) : resolve(null)));
});

function frameNamed(page: Page, name: string): Frame {
  const frame = page.frames().find((f) => f.name() === name);
  if (!frame) throw new Error(`no frame ${name}`);
  return frame;
}

test("embeds render inside an iframe on another origin; an ordinary page is refused", async ({ page }) => {
  const refusals: string[] = [];
  page.on("console", (m) => {
    if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
  });
  await page.goto(HOST);

  const chart = page.frameLocator("iframe[name=chart]");
  await expect(chart.getByRole("heading", { level: 1 })).toContainText("Veto history by member state");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chart.locator(".recharts-bar-rectangle [role=link]").first()).toBeVisible();
  await expect(chart.locator("[data-embed-source]")).toContainText("UN Digital Library");
  await expect(chart.locator("[data-embed-data-to]")).toContainText(/Data to \d{1,2} \w+ \d{4}/);
  const back = chart.locator("[data-embed-full-page]");
  await expect(back).toHaveAttribute("target", "_blank");
  await expect(back).toHaveAttribute("href", "/?from=1990&by=decade#veto-history");
  // Without the site's navigation.
  await expect(chart.getByRole("navigation")).toHaveCount(0);
  await expect(chart.locator("header, body > footer")).toHaveCount(0);

  const draft = page.frameLocator("iframe[name=draft]");
  await expect(draft.locator("html")).toHaveAttribute("lang", "th");
  await expect(draft.getByRole("heading", { level: 1 })).toContainText("S/2024/255");
  await expect(draft.getByRole("region", { name: /คัดค้าน \(1\)/ })).toContainText("สหพันธรัฐรัสเซีย");
  await expect(draft.locator("[data-embed-source] a").first()).toHaveAttribute("href", /^https:\/\//);
  await expect(draft.locator("[data-embed-data-to]")).toBeVisible();
  await expect(draft.locator("[data-embed-full-page]")).toHaveAttribute("href", "/th/resolutions/S/2024/255");

  // The ordinary page: Chromium shows its error page in the frame instead.
  await expect.poll(() => frameNamed(page, "page").url()).toMatch(/^chrome-error:/);
  expect(refusals.join("\n")).toMatch(/frame-ancestors 'none'/);
});

test("embed paths may be framed by anyone; every other path by no one", async ({ request }) => {
  for (const path of ["/embed/veto-history", "/th/embed/veto-history?view=seat", "/embed/resolutions/S/2024/255", "/th/embed/resolutions/S/2024/255"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-security-policy"], path).toMatch(/frame-ancestors \*(;|$)/);
    expect(res.headers()["x-frame-options"], path).toBeUndefined();
  }
  for (const path of ["/", "/th", "/vetoes", "/resolutions/S/2024/255", "/th/resolutions/S/2024/255", "/feeds/votes.atom", "/about"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
  }
  expect((await request.head("/th/embed/veto-history")).status()).toBe(200);
  expect((await request.get("/embed/resolutions/S/1/1")).status()).toBe(404);
  expect((await request.get("/embed/no-such-embed")).status()).toBe(404);
});

test("the chart downloads as SVG and PNG, inside the embed and on the dashboard", async ({ page }) => {
  await page.goto(HOST);
  const chart = page.frameLocator("iframe[name=chart]");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();

  const [svgDownload] = await Promise.all([page.waitForEvent("download"), chart.getByRole("button", { name: "SVG" }).click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/^unsc-vetoes-by-decade-state-1990-\d{4}\.svg$/);
  const svg = await readFile((await svgDownload.path())!, "utf8");
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, unknown> };
  expect(doc.svg["@_xmlns"]).toBe("http://www.w3.org/2000/svg");
  expect(svg).toMatch(/<rect[^>]+fill/);
  expect(svg).toContain("Dag Hammarskjöld Library"); // the source, written under the chart
  expect(svg).toMatch(/Data to \d{1,2} \w+ \d{4}/);
  expect(svg).not.toMatch(/currentColor|class="/); // styles inlined: the file stands alone

  const [pngDownload] = await Promise.all([page.waitForEvent("download"), chart.getByRole("button", { name: "PNG" }).click()]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile((await pngDownload.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // IHDR width: drawn at twice the size

  await page.goto("/?by=decade");
  const card = page.getByRole("region", { name: "Veto history by member state" });
  await expect(card.locator("svg.recharts-surface").first()).toBeVisible();
  const [fromDashboard] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "SVG" }).click()]);
  expect(XMLValidator.validate(await readFile((await fromDashboard.path())!, "utf8"))).toBe(true);
});

test("the embed code on the dashboard and a draft's page frames the embed with the page's settings", async ({ page }) => {
  await page.goto("/?view=seat&from=2000");
  const card = page.getByRole("region", { name: "Veto history by member state" });
  await card.locator("[data-embed-code] summary").click();
  const code = await card.getByLabel("HTML to embed").inputValue();
  expect(code).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/veto-history\?from=2000&amp;view=seat" title="Veto history by member state"/);

  await page.goto("/th/resolutions/S/2024/255");
  await page.locator("[data-embed-code] summary").click();
  await expect(page.locator("[data-embed-code] summary")).toContainText("ฝัง");
  expect(await page.getByLabel("HTML สำหรับฝัง").inputValue()).toMatch(/src="https?:\/\/[^"]+\/th\/embed\/resolutions\/S\/2024\/255"/);
});

test("pages announce their Atom feed, and the feeds answer through the proxy", async ({ page, request }) => {
  const pages: [string, string][] = [
    ["/", "/feeds/votes.atom"],
    ["/resolutions", "/feeds/votes.atom"],
    ["/vetoes", "/feeds/vetoes.atom"],
    ["/th/vetoes", "/th/feeds/vetoes.atom"],
    ["/countries/RUS", "/feeds/members/RUS.atom"],
    ["/topics/dprk", "/feeds/topics/dprk.atom"],
  ];
  for (const [path, feed] of pages) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute(
      "href",
      new RegExp(`${feed.replace(/\./g, "\\.")}$`),
    );
    await expect(page.locator(`main a[type="application/atom+xml"]`).first(), path).toHaveAttribute("href", feed);
    const res = await request.get(feed);
    expect(res.status(), feed).toBe(200);
    expect(res.headers()["content-type"], feed).toBe("application/atom+xml; charset=utf-8");
    expect(res.headers()["cache-control"], feed).toMatch(/^public, max-age=0, s-maxage=\d+/);
    expect(await res.text(), feed).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
  }
  expect((await request.get("/feeds/members/XXX.atom")).status()).toBe(404);
});

test("an edit through the admin shows at once in the feeds and the embeds", async ({ page, request }) => {
  const admin = { email: process.env.E2E_ADMIN_EMAIL ?? "", password: process.env.E2E_ADMIN_PASSWORD ?? "" };
  test.skip(!admin.email || !admin.password, "E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD are not set");
  test.slow();
  const feed = "/feeds/topics/dprk.atom";
  const embed = "/embed/resolutions/S/2024/255";
  // Warm the caches first, so that the edit must expire them.
  expect((await request.get(feed)).status()).toBe(200);
  expect((await request.get(embed)).status()).toBe(200);

  await page.goto("/admin/login");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  const save = async (title: string) => {
    await page.goto("/admin/resolutions/S/2024/255/edit");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Title of the draft").fill(title);
    await page.getByRole("button", { name: "Save the changes" }).click();
    await expect(page.getByText("Your changes to S/2024/255 were saved.")).toBeVisible({ timeout: 30_000 });
  };
  await page.goto("/admin/resolutions/S/2024/255/edit");
  const original = await page.getByLabel("Title of the draft").inputValue();
  const edited = `${original} (feeds e2e ${Date.now().toString(36)})`;
  try {
    await save(edited);
    expect(await (await request.get(feed)).text()).toContain(edited);
    expect(await (await request.get(embed)).text()).toContain(edited);
  } finally {
    await save(original);
  }
  expect(await (await request.get(feed)).text()).not.toContain("feeds e2e");
});
