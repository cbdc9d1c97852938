// Issue 14: a member's votes alone or nearly alone on its country page, and the explained outcome
// of every kind of vote on a draft's page, in English and Thai.
import { expect, test } from "@playwright/test";

test("a country page lists the votes a member cast alone or with one other, in a period", async ({ page }) => {
  await page.goto("/countries/RUS?from=2024&to=2024");
  const section = page.locator("section#alone");
  await expect(section.getByRole("heading", { name: "Alone or nearly alone" })).toBeVisible();
  // The rule is stated on the page.
  await expect(section).toContainText("Not taking part is no position");
  await expect(section.getByRole("status")).toContainText(/votes? alone or nearly alone from 2024 to 2024: \d+ alone, \d+ with one other member\./);
  const table = section.getByRole("table", { name: /Votes on which the Russian Federation stood alone/ });
  // S/2024/255 (28 March 2024): the Russian Federation alone against.
  const seed = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "S/2024/255", exact: true }) });
  await expect(seed.getByRole("cell").nth(2)).toHaveText("Against");
  await expect(seed.getByRole("cell").nth(3)).toHaveText("Alone");

  // A new period through the form keeps the page's other settings and lands on the section.
  await section.getByLabel("From year").fill("2022");
  await section.getByLabel("To year").fill("2023");
  await section.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/countries\/RUS\?sort=agreement&order=desc&from=2022&to=2023#alone$/);
  await expect(section.getByRole("status")).toContainText("from 2022 to 2023");
  await page.waitForLoadState("networkidle"); // a link clicked before hydration can be lost
  await section.getByRole("link", { name: "All years" }).click();
  await expect(section.getByRole("status")).toContainText("in all years");
});

test("in Thai the period is in the Buddhist era and the other member is named", async ({ page }) => {
  await page.goto("/th/countries/CHN?from=2565&to=2567");
  await expect(page).toHaveURL(/from=2022&to=2024/);
  const section = page.locator("section#alone");
  await expect(section.getByRole("heading", { name: "ลงคะแนนโดดเดี่ยวหรือเกือบโดดเดี่ยว" })).toBeVisible();
  await expect(section.getByLabel("ตั้งแต่ปี")).toHaveValue("2565");
  await expect(section.getByRole("status")).toContainText("ตั้งแต่ปี 2565 ถึง 2567");
  // Abstaining or voting with only the Russian Federation: the partner links to its page.
  await expect(section.getByRole("link", { name: "สหพันธรัฐรัสเซีย" }).first()).toHaveAttribute("href", "/th/countries/RUS");
});

const EXPLAINED: [string, string[]][] = [
  ["/resolutions/S/2024/255", ["Not adopted: 13 in favour, 9 needed, but vetoed by the Russian Federation."]],
  [
    "/resolutions/S/2023/1029:amendment-1",
    ["The amendment was not adopted: 10 in favour, 9 needed, but vetoed by the United States.", "Only the amendment failed"],
  ],
  ["/resolutions/S/PV.8105:1", ["Not adopted: 3 in favour, 9 needed for a procedural vote (insufficient votes).", "no veto applies"]],
  ["/resolutions/S/PV.303:2", ["The proposal that the matter is procedural was not adopted: 8 in favour, 7 needed, but vetoed by", "“double veto”"]],
  ["/th/resolutions/S/PV.303:2", ["ข้อเสนอว่าเรื่องนี้เป็นเรื่องวิธีดำเนินการไม่ผ่าน: เห็นชอบ 8 เสียง ต้องการ 7 เสียง", "การยับยั้งซ้อน"]],
  ["/th/resolutions/vote:2022-01-31:1", ["ผ่านการรับรองโดยการลงมติในเรื่องวิธีดำเนินการ: เห็นชอบ 10 เสียง ต้องการ 9 เสียง", "ไม่ใช่การใช้สิทธิยับยั้ง"]],
];

for (const [path, texts] of EXPLAINED)
  test(`the outcome is explained: ${path}`, async ({ page }) => {
    await page.goto(path);
    const header = page.getByRole("main").locator("header");
    for (const text of texts) await expect(header).toContainText(text);
  });
