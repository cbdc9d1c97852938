import { expect, test } from "@playwright/test";

// Issue 14: agreement over time on a country page (chart, its table, the contested switch) and the
// /compare page (choose members, see the drafts on which they voted differently, side by side).

test("a country page charts agreement per year with each permanent seat, with the votes behind each point", async ({ page }) => {
  await page.goto("/countries/FRA#agreement");
  const figure = page.getByRole("figure", { name: "Agreement with the permanent members, year by year" });
  await figure.scrollIntoViewIfNeeded();
  // One line per other permanent seat, drawn near the viewport.
  await expect(figure.locator(".recharts-line").first()).toBeVisible();
  expect(await figure.locator(".recharts-line").count()).toBe(4);
  await figure.getByText("Show as table").click();
  const table = figure.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "USSR / Russian Federation" })).toBeVisible();
  // Each figure says how many votes it rests on.
  const row2024 = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2024", exact: true }) });
  await expect(row2024).toContainText(/%/);
  await expect(row2024).toContainText(/\d+ of \d+ alike/);

  // The existing switch changes the chart to contested votes only.
  await page.getByRole("navigation", { name: "Which votes to compare" }).getByRole("link", { name: "Contested votes only" }).click();
  await expect(page).toHaveURL(/agreement=contested/);
  await expect(page.getByRole("figure", { name: "Agreement with the permanent members, year by year, contested votes only" })).toBeVisible();

  await page.getByRole("link", { name: /^Compare .*France with other members$/ }).click();
  await expect(page).toHaveURL(/\/compare\?members=FRA/);
  await expect(page.getByLabel("Member 1")).toHaveValue("FRA");
});

test("/compare: choose three members and see the drafts on which they voted differently", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByRole("heading", { level: 1, name: "Compare members" })).toBeVisible();
  await expect(page.getByText("Choose at least two members to compare.")).toBeVisible();
  await page.getByLabel("Member 1").selectOption("RUS");
  await page.getByLabel("Member 2").selectOption("USA");
  await page.getByLabel("Member 3").selectOption("CHN");
  await page.getByLabel("From year").fill("2024");
  await page.getByLabel("To year").fill("2024");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/members=RUS&members=USA&members=CHN/);

  const list = page.getByRole("region", { name: "Drafts on which the compared members voted differently" });
  await expect(list.getByRole("columnheader", { name: "Russian Federation" })).toBeVisible();
  // 28 March 2024, the DPRK Panel of Experts: Russia against (veto), the United States in favour, China abstaining.
  const row = list.getByRole("row").filter({ hasText: "S/2024/255" });
  await expect(row.locator('[data-member="RUS"]')).toHaveText("Against");
  await expect(row.locator('[data-member="USA"]')).toHaveText("In favour");
  await expect(row.locator('[data-member="CHN"]')).toHaveText("Abstention");
  await expect(page.getByText(/\d+ drafts? on which at least two of them cast different votes/)).toBeVisible();

  // Three pairs, one line each (a single year here: one point per line), and the same in the table.
  const figure = page.getByRole("figure", { name: "Agreement year by year" });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".recharts-surface").first()).toBeVisible();
  await expect(figure.locator(".recharts-line")).toHaveCount(3);
  await figure.getByText("Show as table").click();
  await expect(figure.getByRole("columnheader", { name: "Russian Federation – United States" })).toBeVisible();

  // The filters are in the address: a shared link shows the same comparison.
  await page.goto("/compare?members=RUS,USA&outcome=vetoed&from=2024&to=2024");
  await expect(list.getByRole("row").filter({ hasText: "S/2024/255" })).toBeVisible();
  await expect(page.getByText("The topic and outcome filters apply to the list of drafts below")).toBeVisible();
});

test("/compare in Thai, with Buddhist-era years", async ({ page }) => {
  await page.goto("/th/compare?members=RUS,USA&from=2024&to=2024");
  await expect(page.getByRole("heading", { level: 1, name: "เปรียบเทียบสมาชิก" })).toBeVisible();
  await expect(page.getByLabel("ตั้งแต่ปี")).toHaveValue("2567");
  await expect(page.getByRole("heading", { name: "ร่างข้อมติที่ลงคะแนนต่างกัน" })).toBeVisible();
});
