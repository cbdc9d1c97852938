// Issue 13, Thai and broken bits: one calendar in Thai (Buddhist era for every year, Common Era
// in URLs), the address alone decides the language, no `_rsc` in a permalink, and a refused save
// that moves the focus to a summary linking each error to its field.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./support/admin";

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

test.describe("one calendar in Thai", () => {
  test("a country page writes every year in the Buddhist era", async ({ page }) => {
    await open(page, "/th/countries/RUS");
    const main = page.getByRole("main");
    // The succession note and the seat terms: 24 December 1991 is 24 ธ.ค. / ธันวาคม 2534.
    await expect(main).toContainText("24 ธันวาคม 2534");
    await expect(main).toContainText("24 ธ.ค. 2534");
    await expect(main).not.toContainText("ธันวาคม 1991");
    // The seat terms: from 24 December 1991 as the Russian Federation, a term from BE 2534.
    await expect(main.getByRole("table").first()).toContainText("2534–");
    // No Common Era year in the Thai text: quoted English titles (lang="en"), document symbols
    // (S/2024/255, S/RES/…(2022)) and record keys (vote:2026-04-07:1) aside.
    const text = await main.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("[lang]:not([lang=th])").forEach((e) => e.remove());
      // "Cite this": APA, BibTeX, RIS and CSL-JSON keep Common Era dates, as reference managers read them (the panel says so).
      copy.querySelectorAll("pre[data-format]").forEach((e) => e.remove());
      return copy.textContent ?? "";
    });
    const stray = text.replace(/(S\/|vote:)[^\s,)]+(\(\d{4}\))?/g, "").match(/(?<![\d/.(])(19[4-9]\d|20[0-3]\d)(?![\d)])/g);
    expect(stray).toBeNull();
  });

  test("the period form shows BE, accepts either era, and the URL stays in CE", async ({ page }) => {
    await open(page, "/th?from=2563&to=2567");
    await expect(page).toHaveURL(/\/th\?from=2020&to=2024$/);
    await expect(page.getByLabel("ตั้งแต่ปี")).toHaveValue("2563");
    await expect(page.getByLabel("ถึงปี")).toHaveValue("2567");
    await expect(page.getByRole("main")).toContainText("ในปี 2563–2567");
    // A Common Era year typed into the Thai form is read as such.
    await page.getByLabel("ตั้งแต่ปี").fill("2015");
    await page.getByLabel("ถึงปี").fill("2567");
    await page.getByLabel("ถึงปี").press("Enter");
    await expect(page).toHaveURL(/\/th\?from=2015&to=2024$/);
    await expect(page.getByLabel("ตั้งแต่ปี")).toHaveValue("2558");
  });

  test("the English site keeps the Common Era", async ({ page }) => {
    await open(page, "/?from=2020&to=2024");
    await expect(page.getByLabel("From year")).toHaveValue("2020");
    await expect(page.getByRole("main")).toContainText("2020–2024");
  });
});

test("a shared English link opens in English after a visit to the Thai site", async ({ page }) => {
  await open(page, "/th");
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  const response = await page.goto("/resolutions/S/2024/255");
  expect(response?.request().redirectedFrom()).toBeNull();
  await expect(page).toHaveURL(/\/resolutions\/S\/2024\/255$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The switch still leads to the other language, and back.
  await page
    .getByRole("navigation", { name: /Language|ภาษา/ })
    .getByRole("link", { name: /ไทย/ })
    .click();
  await expect(page).toHaveURL(/\/th\/resolutions\/S\/2024\/255$/);
  await page
    .getByRole("navigation", { name: /Language|ภาษา/ })
    .getByRole("link", { name: /English/ })
    .click();
  await expect(page).toHaveURL(/\/resolutions\/S\/2024\/255$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/vetoes");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("permalinks never carry _rsc", () => {
  test("an address with _rsc is cleaned on load", async ({ page }) => {
    await open(page, "/resolutions/S/2024/255?_rsc=1abcd");
    await expect(page).toHaveURL(/\/resolutions\/S\/2024\/255$/);
    expect(await page.evaluate(() => window.location.href)).not.toContain("_rsc");
  });

  test("after Back and Forward the address has no _rsc", async ({ page }) => {
    await open(page, "/vetoes?vetoedBy=RUS");
    await page.getByRole("main").getByRole("link", { name: "S/2024/255" }).first().click();
    await expect(page).toHaveURL(/\/resolutions\/S\/2024\/255/);
    await page.goBack();
    await expect(page).toHaveURL(/\/vetoes\?vetoedBy=RUS$/);
    await page.goForward();
    await expect(page).toHaveURL(/\/resolutions\/S\/2024\/255$/);
    await page.goBack();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.location.href)).not.toContain("_rsc");
  });
});

test.describe("a refused save", () => {
  test.skip(!ADMIN.email || !ADMIN.password, "E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD are not set");

  test("focuses the error summary, which links each error to its field", async ({ page }) => {
    await open(page, "/admin/login");
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);

    await open(page, "/admin/resolutions/new");
    await page.getByLabel("Draft symbol").fill("S-2025-bad");
    await page.getByLabel("Date of the vote").fill("2024-03-28");
    await expect(page.getByRole("row").filter({ has: page.getByRole("radio") })).toHaveCount(15);
    await page.getByRole("button", { name: "Set every member to in favour" }).click();
    await page.getByRole("radio", { name: "Russian Federation: Against" }).check({ force: true });
    await page.getByRole("checkbox", { name: "France", exact: true }).check();
    await page.getByRole("button", { name: "Save the vote" }).click();

    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    // Each error names its field and links to it.
    await expect(summary.getByRole("link", { name: "Draft symbol" })).toHaveAttribute("href", "#f-symbol");
    await expect(summary.getByRole("link", { name: "Title of the draft" })).toHaveAttribute("href", "#f-title");
    await expect(page.getByRole("main")).not.toContainText("{");
    await summary.getByRole("link", { name: "Draft symbol" }).click();
    await expect(page.getByLabel("Draft symbol")).toBeFocused();
    await expect(page.getByLabel("Draft symbol")).toHaveAttribute("aria-describedby", /f-symbol-error/);

    // On a form filled right but for the vetoes stated, the veto check names France (chosen, but
    // in favour), by name, and not the Russian Federation (whose veto the votes show).
    await open(page, "/admin/resolutions/new");
    await page.getByLabel("Draft symbol").fill(`S/2024/${9000 + Math.floor(Math.random() * 900)}`);
    await page.getByLabel("Date of the vote").fill("2024-03-28");
    await expect(page.getByRole("row").filter({ has: page.getByRole("radio") })).toHaveCount(15);
    await page.getByLabel("Title of the draft").fill("E2E draft that is never saved");
    await page.getByRole("button", { name: "Set every member to in favour" }).click();
    await page.getByRole("radio", { name: "Russian Federation: Against" }).check({ force: true });
    await page.getByRole("checkbox", { name: "France", exact: true }).check();
    await page.getByRole("button", { name: "Save the vote" }).click();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("The votes do not agree with a veto by France");
    await expect(summary).not.toContainText("RUS");
    await expect(summary).not.toContainText("Russian Federation");
    await expect(summary.getByRole("link", { name: /Vetoes stated/ })).toHaveAttribute("href", "#f-vetoedBy");
  });
});
