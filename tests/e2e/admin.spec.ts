// The admin flow in Chromium: sign in, record a vetoed draft for a recent date with 15 votes, see
// the live outcome, save, find it on the dashboard chart, in /resolutions and at its own page, edit
// it, see field errors for a wrong submission, sign out. The admin account comes from
// E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD (passed to the seed as ADMIN_EMAIL / ADMIN_PASSWORD).
// The test creates its own draft under a test symbol and deletes it at the end.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { ADMIN } from "./support/admin";

// Saving runs the server-side checks and rebuilds the pages that show drafts; allow for a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

// A recent date the seat records cover (the dataset's Council lists run to the end of 2026).
const voted = new Date(Math.min(Date.now() - 3 * 86_400_000, Date.parse("2026-12-28T00:00:00Z")));
const DATE = voted.toISOString().slice(0, 10);
const YEAR = voted.getUTCFullYear();
const SYMBOL = `S/${YEAR}/${9000 + Math.floor(Math.random() * 900)}`;
const TITLE = `E2E test draft ${SYMBOL} on the maintenance of international peace and security`;

test.describe.configure({ mode: "serial" });
test.skip(!ADMIN.email || !ADMIN.password, "E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD are not set");

/** Opens a page and waits until its scripts have loaded (forms then post through React). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

async function signIn(page: Page) {
  await open(page, "/admin/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`Signed in as ${ADMIN.email.toLowerCase()}`)).toBeVisible();
}

/** The total of vetoes in the dashboard chart's table for one year. */
async function dashboardVetoTotal(page: Page): Promise<number> {
  await page.goto(`/?from=${YEAR}&to=${YEAR}`);
  const card = page.getByRole("region", { name: /^Veto history/ });
  await card.getByText("Show as table").click();
  const total = card.locator("tfoot tr td").last();
  await expect(total).toBeVisible();
  return Number((await total.innerText()).replace(/[^\d]/g, "") || "0");
}

/** The number of drafts /resolutions finds for a query (served from a static copy when valid). */
async function listedCount(page: Page, search: string): Promise<number> {
  await page.goto(`/resolutions${search}`);
  return Number((await page.locator("#results-count").innerText()).replace(/[^\d]/g, "") || "0");
}

test("the admin area sends a visitor without a session to sign-in", async ({ page }) => {
  await page.goto("/admin/resolutions/new");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fresolutions%2Fnew/);
  await expect(page.getByRole("heading", { name: "Sign in to the admin area" })).toBeVisible();
});

test("a wrong password is refused with a message", async ({ page }) => {
  await open(page, "/admin/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill("not-the-password-at-all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is not right.")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("record a vetoed draft, find it everywhere, correct it, see field errors, sign out", async ({ page }) => {
  test.slow();
  await signIn(page);
  const vetoesBefore = await dashboardVetoTotal(page);
  // Pages served from static copies, visited before the write so that their copies exist.
  const vetoedSearch = `?outcome=vetoed&from=${YEAR}&to=${YEAR}`;
  const listedBefore = await listedCount(page, vetoedSearch);
  expect((await page.goto(`/resolutions/${SYMBOL}`))?.status()).toBe(404);

  // Record the vote.
  await open(page, "/admin/resolutions/new");
  await page.getByLabel("Draft symbol").fill(SYMBOL);
  await page.getByLabel("Date of the vote").fill(DATE);
  await expect(page.getByText("15 members sat on the Council on this date.")).toBeVisible();
  await expect(page.getByRole("row").filter({ has: page.getByRole("radio") })).toHaveCount(15);
  await page.getByLabel("Title of the draft").fill(TITLE);
  await page.getByLabel("Agenda item").fill("Maintenance of international peace and security");
  await page.getByRole("button", { name: "Set every member to in favour" }).click();
  const preview = page.getByTestId("outcome-preview");
  await expect(preview).toHaveText(/Adopted\./);
  await page.getByRole("radio", { name: "United States: Against" }).check({ force: true });
  await expect(preview).toHaveText(/Not adopted: vetoed by the United States\./);
  await expect(page.getByText("14 in favour, 1 against, 0 abstaining, 0 not participating.")).toBeVisible();
  await page.getByLabel("Source URL").first().fill("https://press.un.org/en/");
  await page.getByLabel("Source title").first().fill("UN meetings coverage (test source)");
  await page.getByRole("button", { name: "Save the vote" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/resolutions/${SYMBOL}/edit\\?saved=created`));
  await expect(page.getByText(`${SYMBOL} was recorded.`)).toBeVisible();

  // The dashboard chart counts it, the latest votes list it.
  expect(await dashboardVetoTotal(page)).toBe(vetoesBefore + 1);
  await expect(page.getByRole("region", { name: "Latest votes" }).getByRole("link", { name: SYMBOL })).toBeVisible();

  // /resolutions lists it (the filtered list's copy was expired by the write); its own page, a 404
  // before, shows the veto.
  expect(await listedCount(page, vetoedSearch)).toBe(listedBefore + 1);
  await page.goto(`/resolutions?q=${encodeURIComponent(SYMBOL)}`);
  await page.getByRole("main").getByRole("link", { name: SYMBOL, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/resolutions/${SYMBOL}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Draft ${SYMBOL}` })).toBeVisible();
  await expect(page.getByText("Vetoed").first()).toBeVisible();
  await expect(page.getByText(TITLE, { exact: true })).toBeVisible();

  // Correct it.
  await open(page, `/admin/resolutions/${SYMBOL}/edit`);
  await page.getByLabel("Title of the draft").fill(`${TITLE} (corrected)`);
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByText(`Your changes to ${SYMBOL} were saved.`)).toBeVisible();
  await page.goto(`/resolutions/${SYMBOL}`);
  await expect(page.getByText(`${TITLE} (corrected)`, { exact: true })).toBeVisible();

  // A wrong submission: errors at the fields, the values stay, nothing saved.
  await open(page, `/admin/resolutions/${SYMBOL}/edit`);
  await page.getByLabel("Draft symbol").fill("S-2025-bad");
  await page.getByLabel("Title of the draft").fill("");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByText(/fields need correcting\. Nothing was saved\./)).toBeVisible();
  await expect(page.locator("#f-symbol-error").getByText("A draft symbol looks like S/2024/255")).toBeVisible();
  await expect(page.getByLabel("Draft symbol")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Draft symbol")).toHaveValue("S-2025-bad");
  await expect(page.getByLabel("Title of the draft")).toHaveAttribute("aria-invalid", "true");

  // Clean up: delete it (with confirmation); it disappears from the site and the chart.
  await open(page, `/admin/resolutions/${SYMBOL}/delete`);
  await page.getByRole("button", { name: `Yes, delete ${SYMBOL}` }).click();
  await expect(page.getByText(`${SYMBOL} was deleted.`)).toBeVisible();
  expect(await dashboardVetoTotal(page)).toBe(vetoesBefore);
  expect(await listedCount(page, vetoedSearch)).toBe(listedBefore);
  const gone = await page.goto(`/resolutions/${SYMBOL}`);
  expect(gone?.status() === 404 || (await page.getByText("Not found").count()) > 0).toBe(true);

  // Sign out: the admin area asks for sign-in again.
  await open(page, "/admin");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login\?signedOut=1/);
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin/);
});

test("drafts on record open in the edit form and save unchanged, whatever the sources lack", async ({ page }) => {
  test.slow();
  await signIn(page);
  // A resolution known by its document symbol, citing sources without a link (the news article).
  await open(page, "/admin/resolutions/1718/edit");
  await expect(page).toHaveURL(/\/admin\/resolutions\/S\/RES\/1718\(2006\)\/edit$/);
  await expect(page.getByRole("heading", { level: 1, name: /S\/RES\/1718\(2006\)/ })).toBeVisible();
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByText("Your changes to S/RES/1718(2006) were saved.")).toBeVisible();

  // A 1949 draft with no title and no roll call in the sources: it stays so.
  await open(page, "/admin/resolutions/S/1333/edit");
  await expect(page.getByText("The sources give no roll call for this vote.")).toBeVisible();
  await expect(page.getByLabel("Title of the draft")).toHaveValue("");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByText("Your changes to S/1333 were saved.")).toBeVisible();
  await page.goto("/resolutions/S/1333");
  await expect(page.getByRole("heading", { level: 1, name: "Draft S/1333" })).toBeVisible();
  await expect(page.getByText("Vetoed").first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the basic path works: sign in, record a vote, see errors, delete it", async ({ page }) => {
    test.slow();
    const symbol = `S/${YEAR}/${9000 + Math.floor(Math.random() * 900)}`;
    await page.goto("/admin/login");
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);

    await page.goto("/admin/resolutions/new");
    await page.getByLabel("Draft symbol").fill(symbol);
    await page.getByLabel("Date of the vote").fill(DATE);
    await page.getByRole("button", { name: "Show the members sitting on this date" }).click();
    await expect(page.getByText("The vote grid now shows the members sitting on this date.")).toBeVisible();
    await expect(page.getByLabel("Draft symbol")).toHaveValue(symbol);

    // Submitting with a missing vote: the error is at that member's row, the values stay.
    await page.getByLabel("Title of the draft").fill(`No-JS test draft ${symbol}`);
    const radios = page.getByRole("radio", { name: /: In favour$/ });
    const count = await radios.count();
    expect(count).toBe(15);
    for (let i = 1; i < count; i++) await radios.nth(i).check({ force: true });
    await page.getByRole("button", { name: "Save the vote" }).click();
    await expect(page.getByText(/^⚠ Choose a vote for/)).toBeVisible();
    await expect(page.getByLabel("Title of the draft")).toHaveValue(`No-JS test draft ${symbol}`);

    await page
      .getByRole("radio", { name: /: In favour$/ })
      .first()
      .check({ force: true });
    await page.getByRole("button", { name: "Save the vote" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/resolutions/${symbol}/edit\\?saved=created`));

    await page.goto(`/admin/resolutions/${symbol}/delete`);
    await page.getByRole("button", { name: `Yes, delete ${symbol}` }).click();
    await expect(page.getByText(`${symbol} was deleted.`)).toBeVisible();
  });
});
