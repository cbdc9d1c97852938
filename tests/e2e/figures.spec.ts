import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// Issue 13, as a reader meets it: the download next to a searched veto list holds the rows on the
// screen (it once held every veto, search ignored), and the dashboard's cards keep to the period.

test("on /vetoes with a search, the CSV link downloads exactly the rows shown", async ({ page }) => {
  await page.goto("/vetoes");
  await page.getByLabel("Search").fill("Middle East");
  await page.locator("#v-vetoedBy").selectOption("USA");
  await page.getByRole("button", { name: "Show vetoes" }).click();
  await expect(page).toHaveURL(/q=Middle\+East/);
  const table = page.getByRole("table", { name: /Vetoed drafts/ });
  await expect(table.locator('a[href*="/resolutions/"]').first()).toBeVisible(); // the list streams in
  const shown = await table.locator('a[href*="/resolutions/"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(shown.length).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: /The veto list/ })).toContainText(String(shown.length));

  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-export="vetoes"] a[data-format="csv"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^unsc-vetoes_q-Middle-East_(sort-(date-desc|relevance)_)?vetoedBy-USA\.csv$/);
  const lines = readFileSync((await download.path())!, "utf8")
    .trim()
    .split(/\r\n/);
  const header = lines[0]!.split(",");
  const url = header.indexOf("url");
  // The draft addresses are the last column and hold no commas.
  const downloaded = lines.slice(1).map((line) => new URL(line.split(",").at(-1)!).pathname);
  expect(url).toBe(header.length - 1);
  expect(downloaded).toEqual(shown);
});

test("the dashboard keeps to the period: latest votes and latest vetoes from 2020–2024 only", async ({ page }) => {
  await page.goto("/");
  const vetoes = page.getByRole("region", { name: "Latest vetoes" });
  await expect(vetoes.locator("time").first()).toHaveAttribute("datetime", "2026-04-07");

  await page.goto("/?from=2020&to=2024");
  const latest = page.getByRole("region", { name: "Latest votes, 2020–2024" });
  const dates = await latest.locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(Number(d.slice(0, 4)), d).toBeLessThanOrEqual(2024);
  const periodVetoes = page.getByRole("region", { name: "Latest vetoes, 2020–2024" });
  const vetoDates = await periodVetoes.locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  expect(vetoDates.length).toBeGreaterThan(0);
  for (const d of vetoDates) expect(Number(d.slice(0, 4)), d).toBeLessThanOrEqual(2024);
});
