import { expect, test } from "@playwright/test";

// Coverage and freshness in plain sight: the footer's "Data to …" link, the coverage page in both
// languages, and the veto count switch (the UN Library's rule or drafts only) keeping the filters.

test("every page's footer says how recent the data are and links to the coverage page", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  const dataTo = footer.getByRole("link", { name: /^Data to \d{1,2} [A-Z][a-z]+ \d{4}$/ });
  await expect(dataTo).toBeVisible();
  await expect(dataTo).toHaveAttribute("href", "/coverage");
  const date = ((await dataTo.textContent()) ?? "").replace("Data to ", "");

  await dataTo.click();
  await expect(page).toHaveURL(/\/coverage$/);
  await expect(page.getByRole("heading", { level: 1, name: "What the record covers" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`Data to ${date}: the latest vote on record.`);
});

test("the coverage page shows the totals and a row per year", async ({ page }) => {
  await page.goto("/coverage");
  const table = page.getByRole("table", { name: /Votes on record per year/ });
  const total = table.getByRole("row", { name: /^All years/ });
  await expect(total).toBeVisible();
  const y2024 = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Votes of 2024" }) });
  await expect(y2024).toHaveCount(1);
  // Votes, then the five kinds of vote, which add up to them; then outcomes and shares.
  const cells = y2024.getByRole("cell");
  const votes = (await cells.nth(0).textContent())!.trim();
  expect(Number(votes)).toBeGreaterThan(0);
  const kinds = await Promise.all([1, 2, 3, 4, 5].map(async (i) => Number((await cells.nth(i).textContent())!.trim())));
  expect(kinds.reduce((a, b) => a + b, 0)).toBe(Number(votes));
  await expect(y2024).toContainText(/\(\d+%\)/);
  // The known gaps are described in words, and the year links to its votes.
  await expect(page.getByRole("region", { name: "The known gaps, in plain words" })).toContainText("no member-by-member record");
  await y2024.getByRole("link", { name: "Votes of 2024" }).click();
  await expect(page).toHaveURL(/\/resolutions\?from=2024&to=2024$/);
  await expect(page.getByRole("heading", { name: new RegExp(`^${votes} drafts match$`) })).toBeVisible();
});

test("the Thai coverage page renders, with Thai dates in the footer", async ({ page }) => {
  await page.goto("/th/coverage");
  await expect(page.getByRole("heading", { level: 1, name: "ข้อมูลครอบคลุมอะไรบ้าง" })).toBeVisible();
  await expect(page.getByRole("table", { name: /การลงมติที่บันทึกไว้ในแต่ละปี/ }).getByRole("row", { name: /^ทุกปี/ })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: /^ข้อมูลถึงวันที่ \d{1,2} \S+ \d{4}$/ })).toHaveAttribute("href", "/th/coverage");
});

test("the count switch on /vetoes changes the totals and keeps the other filters", async ({ page }) => {
  await page.goto("/vetoes?vetoedBy=RUS&from=2020");
  const totals = page.getByRole("region", { name: /Vetoes cast by each member/ });
  const russia = totals.getByRole("link", { name: /^Russian Federation: \d+\./ });
  const before = Number(/: (\d+)\./.exec((await russia.getAttribute("aria-label"))!)![1]);
  await expect(page.getByText("Counted as the UN Library does: one veto per vetoing member per draft, amendment or preliminary question.")).toBeVisible();

  await page.getByRole("group", { name: "Count vetoes" }).getByRole("link", { name: "Drafts only" }).click();
  await expect(page).toHaveURL(/[?&]count=drafts/);
  expect(new URL(page.url()).searchParams.get("vetoedBy")).toBe("RUS");
  expect(new URL(page.url()).searchParams.get("from")).toBe("2020");
  await expect(page.getByRole("group", { name: "Count vetoes" }).getByRole("link", { name: /Drafts only/ })).toHaveAttribute("aria-current", "true");
  // The Russian Federation's two vetoes of amendments (24 February 2025) are no longer counted.
  await expect(totals.getByRole("link", { name: new RegExp(`^Russian Federation: ${before - 2}\\.`) })).toBeVisible();
  await expect(page.getByText(/Counting vetoes of whole drafts only/)).toBeVisible();
  // The filters stay: in the chips, in the form (which carries the count on) and in the CSV link.
  await expect(page.getByRole("link", { name: /Remove filter: Vetoed by: Russian Federation/ })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "From year" }).or(page.getByRole("spinbutton", { name: "From year" }))).toHaveValue("2020");
  await expect(page.locator('[data-export="vetoes"] a[data-format="csv"]')).toHaveAttribute("href", /count=drafts/);
  await page.getByRole("button", { name: "Show vetoes" }).click();
  await expect(page).toHaveURL(/count=drafts/);

  // And back to the Library's rule.
  await page.getByRole("group", { name: "Count vetoes" }).getByRole("link", { name: "Including amendments and preliminary questions" }).click();
  await expect(totals.getByRole("link", { name: new RegExp(`^Russian Federation: ${before}\\.`) })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("count")).toBeNull();
});

test("the dashboard's switch counts drafts only in the headline figures", async ({ page }) => {
  await page.goto("/");
  const headline = page.getByRole("region", { name: "Key figures" });
  const ussr = headline.getByRole("row", { name: /Union of Soviet Socialist Republics/ });
  const before = Number((await ussr.getByRole("cell").first().textContent())!.replace(/\D/g, ""));
  await page.getByRole("group", { name: "Count vetoes" }).getByRole("link", { name: "Drafts only" }).click();
  await expect(page).toHaveURL(/\?count=drafts$/);
  // The USSR's three vetoes of preliminary questions (1946–1948) drop out.
  await expect(
    page
      .getByRole("region", { name: "Key figures" })
      .getByRole("row", { name: /Union of Soviet Socialist Republics/ })
      .getByRole("cell")
      .first(),
  ).toHaveText(String(before - 3));
});

test("the list of drafts filters by kind of vote", async ({ page }) => {
  await page.goto("/resolutions");
  await page.getByRole("combobox", { name: "Kind of vote" }).selectOption("amendment");
  await page.getByRole("button", { name: "Show drafts" }).click();
  await expect(page).toHaveURL(/kind=amendment/);
  await expect(page.getByRole("link", { name: /Remove filter: Kind of vote: Amendments/ })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(1);
  // S/2024/323: an amendment with its own symbol
  for (const ref of await page.getByRole("table").getByRole("link").allTextContents()) expect(ref).toMatch(/:amendment-\d+$|^S\/2024\/323$/);
});
