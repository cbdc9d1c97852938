// /admin/import takes the UN Library's Security Council Voting Data as published: a small file in
// that format (rows of the published data/sc-votes-adopted-2022-2026.csv, one vote altered, one
// resolution re-filed as new) is recognized by its header and checked; the check lists the new
// resolution, the changed vote, the file's own defect (2812) and the meeting read with its dot,
// and writes nothing.
import { readFileSync } from "node:fs";
import { expect as baseExpect, test } from "@playwright/test";
import { ADMIN, signIn } from "./support/admin";

const expect = baseExpect.configure({ timeout: 30_000 });

test.skip(!ADMIN.email || !ADMIN.password, "E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD are not set");

const [HEADER, ...LINES] = readFileSync("data/sc-votes-adopted-2022-2026.csv", "utf8").trimEnd().split("\n");
const of = (label: string) => LINES.filter((l) => l.includes(`,${label},`));
const FILE = [
  HEADER,
  ...of("S/RES/2618(2022)"),
  // Albania abstaining on 2619, the file's totals to match.
  ...of("S/RES/2619(2022)").map((l) =>
    (l.includes(",ALBANIA,") ? l.replace(",ALBANIA,False,Y,", ",ALBANIA,False,A,") : l).replace(",15,0,0,0,15,Vote,", ",14,0,1,0,15,Vote,"),
  ),
  ...of("S/RES/2675(2023)"), // meeting written S/PV9261
  ...of("S/RES/2812(2026)"), // rows 15-0-0, totals 13-0-2
  ...of("S/RES/2815(2026)").map((l) => l.replace(",2026-01-30,S/RES/2815(2026),S/2026/50,S/PV.10100,", ",2026-02-20,S/RES/2830(2026),S/2026/990,S/PV.10999,")),
].join("\n");

test("a file of the UN Library's voting data is recognized and checked: new, changed, defective, nothing written", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/import");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name: "The UN Library's Security Council Voting Data" })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles({ name: "sc-voting-sample.csv", mimeType: "text/csv", buffer: Buffer.from(FILE) });
  await page.getByRole("button", { name: "Check the file" }).click();

  const results = page.getByRole("region", { name: "Result of the check" });
  await expect(results.getByText("The UN Library's Security Council Voting Data: 75 rows, 5 resolutions.")).toBeVisible();
  await expect(results.getByText("1 new, 1 changed vote, 0 other changes, 0 conflicts, 1 source defect; 2 resolutions as on record.")).toBeVisible();
  await expect(results.getByText(/nothing was written yet/)).toBeVisible();

  const created = results.getByRole("region", { name: "New resolutions (1)" });
  await expect(created.getByRole("row", { name: /S\/RES\/2830\(2026\)/ })).toContainText("S/2026/990");
  await expect(created.getByRole("row", { name: /S\/RES\/2830\(2026\)/ })).toContainText("13-0-2");
  const votes = results.getByRole("region", { name: "Changed votes (1)" });
  await expect(votes.getByRole("row", { name: /S\/RES\/2619\(2022\)/ })).toContainText("Y (in favour) → A (abstention)");
  const defects = results.getByRole("region", { name: "Defects in the file (not written) (1)" });
  await expect(defects.getByRole("row", { name: /S\/RES\/2812\(2026\)/ })).toContainText("The rows give 15-0-0 but the file's totals say 13-0-2");
  await expect(results.getByRole("region", { name: "Values read otherwise (1)" })).toContainText("Meeting “S/PV9261” read as S/PV.9261.");
  await expect(results.getByRole("button", { name: "Import 2 resolutions" })).toBeVisible();

  // A check writes nothing: the new resolution is not on record.
  const response = await page.goto("/resolutions/S/RES/2830(2026)");
  expect(response?.status()).toBe(404);
});
