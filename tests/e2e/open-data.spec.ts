import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { editTitle, signIn } from "./support/reads-during-writes";

// Downloads and citations (issue 14): /data offers the dataset as CSV and JSON files, made on
// demand and kept until the next write; draft pages offer "Cite this" with today's access date.
const ADMIN = { email: process.env.E2E_ADMIN_EMAIL ?? "", password: process.env.E2E_ADMIN_PASSWORD ?? "" };

test("/data: version, files with rows and sizes; a CSV and the JSON download", async ({ page, request }) => {
  await page.goto("/data");
  await expect(page.getByRole("heading", { level: 1, name: "Download the data" })).toBeVisible();
  await expect(page.getByTestId("dataset-version")).toContainText(/Version \d{4}-\d{2}-\d{2}/);
  const files = page.getByRole("table", { name: "Files" });
  await expect(files.getByRole("row", { name: /vote\.csv/ }).first()).toBeVisible();

  const [csv] = await Promise.all([page.waitForEvent("download"), files.getByRole("link", { name: "member-votes.csv" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^unsc-member-votes-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await csv.path())!, "utf8").split("\r\n");
  expect(lines[0]).toBe("ref,symbol,date,year,meeting,resolution,outcome,member_code,member,name_at_time,vote");
  expect(lines).toContain("S/2024/255,S/2024/255,2024-03-28,2024,S/PV.9591,,VETOED,RUS,Russian Federation,Russian Federation,N");

  const [json] = await Promise.all([page.waitForEvent("download"), files.getByRole("link", { name: "unsc-votes.json" }).click()]);
  expect(json.suggestedFilename()).toMatch(/^unsc-votes-\d{4}-\d{2}-\d{2}\.json$/);
  const dump = JSON.parse(readFileSync((await json.path())!, "utf8")) as { format: string; tables: Record<string, unknown[]> };
  expect(dump.format).toBe("unsc-vote-tracker/export");
  expect(dump.tables.vote!.length).toBeGreaterThan(40_000);
  for (const table of ["app_user", "session", "account", "audit_entry"]) expect(dump.tables).not.toHaveProperty(table);

  // The second request is the kept copy; unknown names are refused before the route.
  const again = await request.get("/api/data/member-votes.csv");
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(again.headers()["cache-control"]).toContain("s-maxage=30");
  expect((await request.get("/api/data/app_user.csv")).status()).toBe(404);

  await expect(page.getByRole("region", { name: "How to cite the dataset" })).toContainText("Retrieved");
  await page.goto("/th/data");
  await expect(page.getByRole("heading", { level: 1, name: "ดาวน์โหลดข้อมูล" })).toBeVisible();
});

test("Cite this on a draft page: text with permalink and today's date, BibTeX to copy and download", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/resolutions/S/2024/255");
  const cite = page.getByRole("region", { name: "Cite this" });
  const today = new Date();
  const longToday = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(today);
  const text = cite.getByLabel("Text (APA)");
  await expect(text).toContainText(`Retrieved ${longToday}, from`);
  await expect(text).toContainText("/resolutions/S/2024/255");

  await cite.locator("summary", { hasText: "BibTeX" }).click();
  const bibtex = cite.getByLabel("BibTeX", { exact: true });
  await expect(bibtex).toContainText("@misc{");
  await expect(bibtex).toContainText(`accessed ${today.toISOString().slice(0, 10)}`);
  await cite.getByRole("button", { name: "Copy BibTeX" }).click();
  await expect(cite.getByRole("button", { name: "Copied BibTeX" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("S/PV.9591");

  const [bib] = await Promise.all([page.waitForEvent("download"), cite.getByRole("link", { name: "Download BibTeX" }).click()]);
  expect(bib.suggestedFilename()).toMatch(/^unsc-vote-S-2024-255-accessed-\d{4}-\d{2}-\d{2}\.bib$/);
  expect(readFileSync((await bib.path())!, "utf8")).toContain("@misc{");
});

test("an edit expires the kept files: the next download has it", async ({ page, request }) => {
  test.skip(!ADMIN.email || !ADMIN.password, "E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD are not set");
  test.setTimeout(240_000);
  const ref = "S/2024/255";
  const titleIn = async () => {
    const res = await request.get("/api/data/draft.csv");
    expect(res.status()).toBe(200);
    return { cache: res.headers()["x-nextjs-cache"], text: await res.text() };
  };
  await titleIn();
  expect((await titleIn()).cache).toBe("HIT");
  await signIn(page, ADMIN);
  const marker = `open-data-${Date.now().toString(36)}`;
  const { old } = await editTitle(page, ref, (t) => `${t} ${marker}`);
  try {
    expect((await titleIn()).text).toContain(marker);
  } finally {
    await editTitle(page, ref, () => old);
  }
  expect((await titleIn()).text).not.toContain(marker);
});
