import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

// What a reader does: the dashboard chart, a click through to the filtered list, the seed vote's
// page, the Thai switch, and shareable deep links. Full-page screenshots are kept as artefacts.
const shots = "test-results/screenshots";
mkdirSync(shots, { recursive: true });

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

test("the dashboard chart renders with the seeded veto totals", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/UNSC Vote Tracker/);
  const history = page.getByRole("region", { name: "Veto history by member state" });
  await expect(history.getByRole("heading", { name: "Veto history by member state" })).toBeVisible();
  // Legend totals come from the database: USSR 90 and the Russian Federation 42 (31 to July 2022 + 10
  // to September 2025 + 1 in April 2026), counted by the UN Library's rule.
  const legend = history.getByRole("navigation", { name: /Legend/ });
  await expect(legend.getByRole("listitem").filter({ hasText: "Russian Federation" })).toContainText("42");
  await expect(legend.getByRole("listitem").filter({ hasText: /USSR|Soviet/ })).toContainText("90");
  await expect(legend.getByRole("listitem").filter({ hasText: "United States" })).toContainText("90");
  // The SVG chart is drawn, with bar segments, once it comes near the viewport.
  await history.scrollIntoViewIfNeeded();
  await expect(history.locator(".recharts-bar-rectangle").first()).toBeVisible();
  expect(await history.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(50);
  // The same numbers as a table.
  await history.getByText("Show as table").click();
  const table = history.getByRole("table");
  await expect(table.getByRole("row").last()).toContainText("287");
  await screenshot(page, "dashboard-en");
});

test("one seat or two states: the toggle merges the USSR and the Russian Federation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Veto history by member state" }).getByRole("link", { name: "One seat each" }).click();
  await expect(page).toHaveURL(/view=seat/);
  const legend = page.getByRole("region", { name: "Veto history by member state" }).getByRole("navigation", { name: /Legend/ });
  await expect(legend.getByRole("listitem").filter({ hasText: /Russian Federation/ })).toContainText("132");
});

test("clicking the Russian Federation in the legend opens the filtered veto list", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("region", { name: "Veto history by member state" })
    .getByRole("navigation", { name: /Legend/ })
    .getByRole("link", { name: "Russian Federation" })
    .click();
  await expect(page).toHaveURL(/\/vetoes\?.*vetoedBy=RUS/);
  await expect(page.getByRole("main")).toContainText("S/2024/255");
});

test("clicking a bar segment opens the drafts it counts", async ({ page }) => {
  await page.goto("/?by=decade");
  const history = page.getByRole("region", { name: "Veto history by member state" });
  await history.scrollIntoViewIfNeeded();
  const segment = history.locator(".recharts-bar-rectangle .recharts-rectangle").first();
  await segment.click();
  await expect(page).toHaveURL(/\/resolutions\?.*vetoedBy=[A-Z]{3}.*outcome=vetoed/);
  await expect(page.getByRole("main")).toContainText(/drafts? match/);
});

test("S/2024/255 shows 13 / 1 / 1 and explains the veto", async ({ page }) => {
  const response = await page.goto("/resolutions/S/2024/255");
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main).toContainText("Not adopted: 13 in favour, 9 needed, but vetoed by the Russian Federation.");
  await expect(main.getByRole("heading", { name: /In favour \(13\)/ })).toBeVisible();
  await expect(main.getByRole("heading", { name: /Against \(1\)/ })).toBeVisible();
  await expect(main.getByRole("heading", { name: /Abstention \(1\)/ })).toBeVisible();
  await expect(main).toContainText("S/PV.9591");
  await expect(main.getByRole("link", { name: /undocs|S\/2024\/255/ }).first()).toBeVisible();
  await screenshot(page, "resolution-S-2024-255-en");
});

test("the Thai switch translates the page and keeps the address", async ({ page }) => {
  await page.goto("/resolutions/S/2024/255");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "ไทย" }).click();
  await expect(page).toHaveURL(/\/th\/resolutions\/S\/2024\/255$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await expect(page.getByRole("main")).toContainText("ถูกยับยั้งโดย");
  await expect(page.getByRole("main")).toContainText("รัสเซีย"); // the article, verbatim in Thai
  await screenshot(page, "resolution-S-2024-255-th");
  for (const [path, name] of [
    ["/th", "dashboard-th"],
    ["/th/resolutions", "resolutions-th"],
    ["/th/countries/RUS", "country-RUS-th"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "th");
    await screenshot(page, name);
  }
});

test("a deep link with filters survives reload and back", async ({ page }) => {
  const url = "/resolutions?country=RUS&vote=N&outcome=vetoed&from=2000&to=2024";
  await page.goto(url);
  const count = page
    .getByRole("main")
    .getByText(/\d+ drafts? match/)
    .first();
  await expect(count).toBeVisible();
  const text = await count.textContent();
  await page.reload();
  await expect(page.getByRole("main").getByText(text!).first()).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "S/2024/255" }).first().click();
  await expect(page).toHaveURL(/\/resolutions\/S\/2024\/255/);
  await page.goBack();
  await expect(page).toHaveURL(/country=RUS&vote=N&outcome=vetoed&from=2000&to=2024/);
  await expect(page.getByRole("main").getByText(text!).first()).toBeVisible();
  await screenshot(page, "resolutions-filtered-en");
});

test("screenshots of the list and a country page in English", async ({ page }) => {
  await page.goto("/resolutions");
  await expect(
    page
      .getByRole("main")
      .getByText(/drafts recorded|drafts match/)
      .first(),
  ).toBeVisible();
  await screenshot(page, "resolutions-en");
  await page.goto("/countries/RUS");
  await expect(page.getByRole("main")).toContainText("Russian Federation");
  await screenshot(page, "country-RUS-en");
});

test("the list of drafts is a table on a wide screen and a card per draft on a phone, from one markup", async ({ page }) => {
  const list = "/resolutions?vetoedBy=RUS&outcome=vetoed&from=2024&to=2024";
  await page.goto(list);
  const table = page.getByRole("table", { name: /Drafts put to the vote/ });
  const seed = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "S/2024/255", exact: true }) });
  await expect(table.getByRole("columnheader", { name: "Vetoed by" })).toBeVisible();
  await expect(seed.getByRole("cell").last()).toHaveText("Russian Federation");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(list);
  // Still a table for assistive technology (explicit roles), drawn as cards: column headers hidden,
  // each line led by its column's name, nothing wider than the screen.
  // (Visually hidden, sr-only: the header row group is a clipped 1 px box, still read by screen readers.)
  await expect(table.getByRole("columnheader", { name: "Vetoed by" })).toHaveCount(1);
  expect((await table.locator("thead").boundingBox())!.width).toBeLessThanOrEqual(1);
  await expect(seed.getByRole("rowheader")).toBeVisible();
  const label = await seed
    .getByRole("cell")
    .last()
    .evaluate((td) => getComputedStyle(td, "::before").content);
  expect(label).toBe('"Vetoed by: "');
  const box = (await seed.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "resolutions-filtered-phone-en");
});

test("the veto list is a card per vetoed draft on a phone, from the same table", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/vetoes?vetoedBy=RUS&from=2024&to=2024");
  const table = page.getByRole("table", { name: /Vetoed drafts/ });
  const seed = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "S/2024/255" }) });
  await expect(seed.getByRole("cell").last()).toContainText("Russian Federation");
  expect(
    await seed
      .getByRole("cell")
      .last()
      .evaluate((td) => getComputedStyle(td, "::before").content),
  ).toBe('"Vetoed by: "');
  expect((await seed.boundingBox())!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "vetoes-phone-en");
});

test("the site has an icon and a robots.txt (no 404 page rendered for each browser's favicon request)", async ({ request, page }) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/robots.txt", "text/plain"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
  expect(await (await request.get("/robots.txt")).text()).toContain("Disallow: /admin");
  await page.goto("/");
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
});

test("an unknown symbol is a real 404 page", async ({ page }) => {
  const response = await page.goto("/resolutions/S/1999/99999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("main")).toContainText(/No such draft|Not found/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the filter form and the vote page still work", async ({ page }) => {
    // Streamed blocks stay where React put them (end of <body>); the layout's <noscript> style shows them.
    await page.goto("/resolutions");
    await page.getByLabel("Member of the Council").selectOption("RUS");
    await page.getByRole("button", { name: "Show drafts" }).click();
    await expect(page).toHaveURL(/country=RUS/);
    await expect(page.getByText(/\d+ drafts? match/).first()).toBeVisible();
    await page.goto("/resolutions/S/2024/255");
    await expect(page.getByText("Not adopted: 13 in favour, 9 needed, but vetoed by the Russian Federation.")).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Veto history by member state" })).toBeVisible();
  });
});
