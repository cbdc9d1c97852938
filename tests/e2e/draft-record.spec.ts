// How a draft's page says each vote is known: the UN's stated tally against the member votes (a
// notice when they disagree), abstentions the UN does not count, votes only the tally gives, an
// unconfirmed vote, press releases, amendments, and sources UN records first with no working notes.
// The rows are prepared here with SQL in the e2e server's own embedded database, before any page
// shows these drafts (draft pages are static copies made on their first request), so the spec does
// not depend on what the seed fills in. Test-only sources and notes carry "e2e" in their keys.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./support/admin";

const STATE = path.resolve(".data/e2e/embedded.json"); // written by scripts/with-database.ts for the e2e server

test.describe.configure({ mode: "serial" });
test.skip(!!process.env.E2E_BASE_URL || !existsSync(STATE), "needs the e2e server's embedded database (not an external E2E_BASE_URL)");

const WORKING_NOTE = "e2e row 12; verified: partial";
const PRESS = {
  key: "e2e:https://press.un.org/en/2012/sc10714.doc.htm",
  title: "UN press release SC/10714 (e2e)",
  url: "https://press.un.org/en/2012/sc10714.doc.htm",
};

async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { url } = JSON.parse(readFileSync(STATE, "utf8")) as { url: string };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function source(c: pg.Client, key: string, title: string, kind: string, url: string | null = null): Promise<number> {
  const { rows } = await c.query<{ id: number }>(
    `INSERT INTO source (key, title, url, kind) VALUES ($1, $2, $3, $4::"SourceKind")
     ON CONFLICT (key) DO UPDATE SET title = EXCLUDED.title, url = EXCLUDED.url, kind = EXCLUDED.kind RETURNING id`,
    [key, title, url, kind],
  );
  return rows[0]!.id;
}

const draftId = async (c: pg.Client, ref: string) => (await c.query<{ id: number }>(`SELECT id FROM draft WHERE ref = $1`, [ref])).rows[0]!.id;

test.beforeAll(async () => {
  await withDb(async (c) => {
    // S/2012/538 (19 July 2012, Syria): the UN records 11-2-2 (Pakistan and South Africa abstaining);
    // a compilation lists both in favour, 13-2-0. Both are kept, the UN's figure shown.
    const syria = await draftId(c, "S/2012/538");
    const press = await source(c, PRESS.key, PRESS.title, "UN_RECORD", PRESS.url);
    const grid = await source(c, "e2e:grid-compilation", "E2E compilation of member votes", "COMPILATION");
    await c.query(`DELETE FROM vote WHERE draft_id = $1`, [syria]);
    const votes: [string, string][] = [
      ["CHN", "N"],
      ["RUS", "N"],
      ...["FRA", "GBR", "USA", "AZE", "COL", "DEU", "GTM", "IND", "MAR", "PAK", "PRT", "TGO", "ZAF"].map((m): [string, string] => [m, "Y"]),
    ];
    for (const [member, vote] of votes) await c.query(`INSERT INTO vote (draft_id, member_code, vote) VALUES ($1, $2, $3::"VoteCast")`, [syria, member, vote]);
    await c.query(
      `UPDATE draft SET modality = 'RECORDED_VOTE', votes_complete = true, flagged = true,
         stated_yes = 11, stated_no = 2, stated_abstain = 2, stated_tally_from = $2, tally_check = 'DISAGREES'
       WHERE id = $1`,
      [syria, PRESS.key],
    );
    await c.query(`UPDATE meeting SET press_release = 'SC/10714' WHERE id = (SELECT meeting_id FROM draft WHERE id = $1)`, [syria]);
    await c.query(`DELETE FROM data_issue WHERE draft_id = $1 AND kind = 'tally-disagrees'`, [syria]);
    await c.query(
      `INSERT INTO data_issue (draft_id, year, source_file, source_row, kind, reason, evidence)
       VALUES ($1, 2012, 'e2e-grid.csv', 'row 12', 'tally-disagrees', 'Stated 11-2-2 (SC/10714) but e2e-grid.csv row 12 adds up to 13-2-0.', $2)`,
      [
        syria,
        JSON.stringify({
          stated: { yes: 11, no: 2, abstain: 2 },
          grid: { yes: 13, no: 2, abstain: 0, nonVoting: 0 },
          statedFrom: PRESS.key,
          gridFrom: "e2e:grid-compilation",
        }),
      ],
    );
    // Sources linked in the reverse of the order a reader should see them, each with a working note.
    await c.query(`UPDATE draft_source SET note = $2 WHERE draft_id = $1`, [syria, WORKING_NOTE]);
    for (const id of [grid, press])
      await c.query(`INSERT INTO draft_source (draft_id, source_id, note) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [syria, id, WORKING_NOTE]);

    // Resolution 338 (1973): 14-0-0 as the UN states it; China, recorded as abstaining by a
    // compilation, did not participate.
    const r338 = await draftId(c, "S/RES/338(1973)");
    await c.query(`UPDATE vote SET vote = 'X', recorded_as = 'A' WHERE draft_id = $1 AND member_code = 'CHN'`, [r338]);
    await c.query(`UPDATE draft SET stated_yes = 14, stated_no = 0, stated_abstain = 0, tally_check = 'NON_PARTICIPATION' WHERE id = $1`, [r338]);

    // S/2025/353 (4 June 2025): the stated tally 14-1-0 and the United States' vote against leave
    // only "in favour" for the other fourteen.
    const gaza = await draftId(c, "S/2025/353");
    await c.query(`UPDATE vote SET derived = (vote = 'Y') WHERE draft_id = $1`, [gaza]);
    await c.query(`UPDATE draft SET stated_yes = 14, stated_no = 1, stated_abstain = 0, votes_derived = true, tally_check = 'AGREES' WHERE id = $1`, [gaza]);

    // The second amendment of 24 February 2025, resting only on a report of unknown reliability.
    const amendment = await draftId(c, "S/2025/112:amendment-2");
    const unknown = await source(c, "e2e:unknown-report", "E2E report of unknown reliability", "UNKNOWN");
    await c.query(`DELETE FROM draft_source WHERE draft_id = $1`, [amendment]);
    await c.query(`INSERT INTO draft_source (draft_id, source_id) VALUES ($1, $2)`, [amendment, unknown]);
    await c.query(`UPDATE draft SET unconfirmed = true WHERE id = $1`, [amendment]);
  });
});

async function openDraft(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  return page.getByRole("main");
}

test("a disagreement between the UN's tally and the member votes is a visible notice; the UN's figure leads", async ({ page }) => {
  const main = await openDraft(page, "/resolutions/S/2012/538");
  const notice = main.getByRole("note").filter({ has: page.getByRole("heading", { name: "Sources disagree" }) });
  await expect(notice).toContainText("The UN's record states 11–2–2; the member votes from E2E compilation of member votes add up to 13–2–0.");
  await expect(notice).toContainText("The UN's figure is shown; the member votes are kept as the compilation records them.");
  await expect(main).toContainText("Not adopted: 11 in favour, 9 needed, but vetoed by");
  await expect(main).toContainText("The UN's stated tally: 11 in favour, 2 against, 2 abstaining (11–2–2), from UN press release SC/10714 (e2e).");
  // The member votes as the compilation records them.
  await expect(main.getByRole("heading", { name: /In favour \(13\)/ })).toBeVisible();
  // The meeting record and the UN press release of the meeting.
  await expect(main.getByRole("link", { name: "S/PV.6810" }).first()).toHaveAttribute("href", "https://undocs.org/S/PV.6810");
  await expect(main.getByRole("link", { name: "SC/10714", exact: true })).toHaveAttribute("href", "https://press.un.org/en/2012/sc10714.doc.htm");
});

test("sources are listed UN records first, each with its kind, and no working note reaches the page", async ({ page }) => {
  const main = await openDraft(page, "/resolutions/S/2012/538");
  const sources = main.getByRole("region", { name: "Sources" }).getByRole("listitem");
  // Linked last, listed first (with any other UN record the seed links); the compilation after it.
  await expect(sources.first()).toContainText("UN record");
  await expect(sources.filter({ hasText: PRESS.title })).toContainText("UN record");
  const titles = await sources.allInnerTexts();
  const at = (title: string) => titles.findIndex((t) => t.includes(title));
  expect(at(PRESS.title)).toBeLessThan(at("E2E compilation of member votes"));
  await expect(sources.filter({ hasText: "E2E compilation of member votes" })).toContainText("Compilation");
  const text = await main.innerText();
  expect(text).not.toContain("verified: partial");
  expect(text).not.toContain("e2e row 12");
  expect(text).not.toMatch(/\.csv|\brow 12\b|veto_id/);
  // The API keeps them, with the evidence.
  const body = await (await page.request.get("/api/resolutions/S/2012/538")).json();
  expect(body.sources[0].kind).toBe("UN_RECORD");
  expect(body.sources).toContainEqual(expect.objectContaining({ key: PRESS.key, kind: "UN_RECORD", note: WORKING_NOTE }));
  expect(body.dataIssues).toContainEqual(expect.objectContaining({ kind: "tally-disagrees", sourceRow: "row 12" }));
  expect(body.draft).toMatchObject({ statedTally: { yes: 11, no: 2, abstain: 2 }, tallyCheck: "DISAGREES" });
});

test("a member recorded as abstaining but not counted by the UN is shown as not participating", async ({ page }) => {
  const main = await openDraft(page, "/resolutions/S/RES/338(1973)");
  // The compilation is named when the data issues say which one; "a compilation of the votes" otherwise.
  await expect(main.getByRole("note").filter({ hasText: "did not participate" })).toContainText(
    new RegExp(
      /China did not participate\. Recorded as abstaining in .+; /.source +
        /the UN's stated tally \(14–0–0\) does not count this vote, so it is shown as not participating\./.source,
    ),
  );
  const notParticipating = main.getByRole("region", { name: /Not participating \(1\)/ });
  await expect(notParticipating).toContainText("China");
  await expect(notParticipating).toContainText(/did not participate \(recorded as an abstention in .+\)/);
});

test("votes only the stated tally gives are marked in words and explained", async ({ page }) => {
  const main = await openDraft(page, "/resolutions/S/2025/353");
  await expect(main).toContainText("The UN's stated tally 14–1–0 leaves only one possible vote for each member: the other 14 members voted in favour.");
  const inFavour = main.getByRole("region", { name: /In favour \(14\)/ });
  await expect(inFavour.getByText("derived from the tally")).toHaveCount(14);
  await expect(main.getByRole("region", { name: /Against \(1\)/ }).getByText("derived from the tally")).toHaveCount(0);
});

test("an unconfirmed amendment says so in a banner and in its badge, and links to the draft it amends", async ({ page }) => {
  const main = await openDraft(page, "/resolutions/S/2025/112:amendment-2");
  await expect(main.getByRole("note").filter({ hasText: "Unconfirmed:" })).toContainText("Unconfirmed: only reports of unknown reliability give this vote.");
  await expect(main.locator("h1 + .badge-outcome")).toContainText(/Vetoed.*unconfirmed/);
  await expect(main.getByRole("region", { name: "Sources" }).getByRole("listitem").first()).toContainText("Reliability unknown");
  await main.getByRole("link", { name: "S/2025/112", exact: true }).click();
  await expect(page).toHaveURL(/\/resolutions\/S\/RES\/2774\(2025\)$/);
  const amendments = page.getByRole("main").getByRole("region", { name: "Amendments and parts voted separately" });
  const item = amendments.getByRole("listitem").filter({ has: page.getByRole("link", { name: "S/2025/112:amendment-2" }) });
  await expect(item).toContainText("An amendment to a draft");
  await expect(item).toContainText("Vetoed");
});

test("the Thai page says the same", async ({ page }) => {
  const main = await openDraft(page, "/th/resolutions/S/2012/538");
  await expect(main.getByRole("note").filter({ has: page.getByRole("heading", { name: "แหล่งข้อมูลขัดแย้งกัน" }) })).toContainText("11–2–2");
  await expect(main.getByRole("region", { name: "แหล่งข้อมูล" }).getByRole("listitem").first()).toContainText("บันทึกของสหประชาชาติ");
  expect(await main.innerText()).not.toContain("verified: partial");
});

test("the admin edit view shows the working notes and the evidence", async ({ page }) => {
  test.skip(!ADMIN.email || !ADMIN.password, "E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD are not set");
  await page.goto("/admin/login?next=%2Fadmin%2Fresolutions%2FS%2F2012%2F538%2Fedit");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/resolutions\/S\/2012\/538\/edit$/);
  const notes = page.getByRole("region", { name: "How this record is known (not shown to readers)" });
  await expect(notes).toContainText(WORKING_NOTE);
  await expect(notes).toContainText("e2e-grid.csv, row 12");
  await expect(notes).toContainText("They disagree (both kept; the stated tally is shown)");
});
