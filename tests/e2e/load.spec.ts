// Issue 5, "reads during writes": the public pages and the API keep answering, with zero errors,
// while an admin imports 1,000 new drafts through /admin/import (check, then import; one file, the
// import taking up to 1,000 rows, split if the page states a lower limit) and corrects drafts
// through the edit form; right after, an anonymous reader sees every change (no stale page).
// autocannon reads /, /vetoes, a filtered /resolutions, S/2024/255 and /api/vetoes with
// E2E_LOAD_CONNECTIONS (default 2) connections each, for as long as the writes take: modest, the
// CI machine is small (0: the writes alone). Full strength: `npm run bench -- writes`.
//
// The synthetic drafts are S/2026/8000…8999 (the next free block on a re-run), voted on
// 30 January 2026 (the record's last vote) by that day's Council, so they top the date-sorted
// lists; none is vetoed, so the veto totals public.spec.ts checks stay as seeded. They stay in the
// database (nothing deletes 1,000 drafts). The edits correct three of them and a seeded resolution
// (S/RES/2722(2024), put back afterwards). The suite runs one worker, so no other spec writes
// meanwhile; the counts are still taken relative to before, and the synthetic drafts are counted
// by their own marker.
import { writeFileSync, mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { readsDuringWrites, type ReadsDuringWritesResult } from "./support/reads-during-writes";
import { ADMIN } from "./support/admin";

const CONNECTIONS = Number(process.env.E2E_LOAD_CONNECTIONS ?? 2);
const DRAFTS = 1000;

test.skip(!ADMIN.email || !ADMIN.password, "E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD are not set");

test("reads keep answering, without errors, while 1,000 drafts are imported and drafts are edited; readers see the writes at once", async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(600_000);
  const result: ReadsDuringWritesResult = await readsDuringWrites({
    base: baseURL!,
    page,
    admin: ADMIN,
    drafts: DRAFTS,
    connectionsPerRoute: CONNECTIONS,
    log: (m) => console.log(`[load] ${m}`),
  });
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/reads-during-writes.json", JSON.stringify(result, null, 2) + "\n");
  await testInfo.attach("reads-during-writes.json", { body: JSON.stringify(result, null, 2), contentType: "application/json" });
  const t = result.totals;
  console.log(
    `[load] ${t.requests} requests in ${result.loadSeconds} s (${result.routes.length} routes × ${CONNECTIONS} connections), ` +
      `${t.errors} errors, ${t.non2xx} non-2xx; 1,000 drafts imported in ${result.importSeconds} s, all writes in ${result.writesSeconds} s`,
  );

  expect(result.writeError, "every write step succeeded").toBeNull();

  // Zero errors and zero non-2xx on every route, and every route was actually read.
  for (const r of result.routes) {
    expect.soft(r.requests, `${r.route}: requests`).toBeGreaterThan(0);
    expect.soft({ route: r.route, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }).toEqual({ route: r.route, errors: 0, timeouts: 0, non2xx: 0 });
  }

  // The import wrote 1,000 drafts (in one file while the row limit allows it).
  expect(result.imports.map((i) => i.imported)).toEqual(result.imports.map((i) => i.rows));
  expect(result.imports.reduce((a, i) => a + i.imported, 0)).toBe(DRAFTS);
  expect(result.imports).toHaveLength(Math.ceil(DRAFTS / result.importRowLimit));

  // Right after the writes, an anonymous reader sees them: counts on the list and on the static
  // dashboard, the newest draft at the top of the filtered list and the dashboard's latest votes,
  // the new drafts' page and API, each edit on its page, the filtered list and the API.
  const reader = result.reader!;
  expect(reader.markerMatches).toBe(DRAFTS);
  expect(reader.listShowsImport).toBe(true);
  expect(reader.dashboardShowsImport).toBe(true);
  expect(reader.recordedAfter - reader.recordedBefore).toBeGreaterThanOrEqual(DRAFTS);
  expect(reader.votedAfter - reader.votedBefore).toBeGreaterThanOrEqual(DRAFTS);
  expect(reader.newDraftPage).toBe(200);
  expect(reader.newDraftApi).toBe(200);
  expect(result.edits.map((e) => [e.ref, e.seenAtOnce])).toEqual(result.edits.map((e) => [e.ref, true]));
});
