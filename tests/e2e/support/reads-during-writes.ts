// Issue 5, "reads during writes": autocannon keeps reading the public pages and the API while an
// admin, in a real browser, imports 1,000 new drafts through /admin/import (check, then import; in
// as many files as the row limit stated on the page requires: one, MAX_IMPORT_ROWS being 1,000)
// and corrects drafts through the edit form. Every write goes through the app's own Server Actions,
// so the cache expiry after a write (updateTag + revalidatePath) is the real one. Afterwards an
// anonymous reader must see the new data at once. Shared by tests/e2e/load.spec.ts (modest load)
// and bench/reads-during-writes.ts (full strength). A failed write step is recorded in writeError
// and the figures are still returned: the callers judge them.
import autocannon from "autocannon";
import type { Page } from "@playwright/test";

/**
 * The most recent vote of the seeded record (29 September 2026): the synthetic drafts borrow its date
 * and its fifteen members, so they are the newest drafts and top the date-sorted lists the readers
 * load (the filtered /resolutions and the dashboard's latest votes).
 */
export const TEMPLATE_REF = "S/RES/2829(2026)";
/** The filtered list autocannon reads; the synthetic drafts and their corrections must show on it at once. */
export const HOT_LIST = "/resolutions?country=RUS&from=2000";
/** What the readers load (the routes of bench/http.ts but its static floor). */
export const READ_ROUTES = ["/", "/vetoes", HOT_LIST, "/resolutions/S/2024/255", "/api/vetoes"] as const;

export interface RouteLoad {
  route: string;
  connections: number;
  requests: number;
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  /** Connection errors and timeouts (autocannon counts a timeout as an error too). */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** What the errors were (ECONNRESET, timeout…), counted. */
  errorKinds: Record<string, number>;
}

export interface ReadsDuringWritesResult {
  base: string;
  startedAt: string;
  loadSeconds: number;
  connectionsPerRoute: number;
  routes: RouteLoad[];
  totals: { requests: number; errors: number; non2xx: number };
  /** Synthetic drafts written by the import: symbols S/<year>/<first>…<first+count-1>. */
  drafts: { count: number; year: number; first: number; date: string; marker: string };
  /** The import's row limit, as /admin/import states it (the drafts are split into files of at most this many). */
  importRowLimit: number;
  /** Each CSV file: rows, how long the check (dry run) and the import took in the browser (ms). */
  imports: { file: string; rows: number; imported: number; checkMs: number; importMs: number }[];
  importSeconds: number;
  edits: { ref: string; ms: number; seenAtOnce: boolean }[];
  writesSeconds: number;
  /** The first write step that failed (null: all done). */
  writeError: string | null;
  /** What an anonymous reader saw before and right after the writes (null if a write failed). */
  reader: null | {
    recordedBefore: number;
    recordedAfter: number;
    votedBefore: number;
    votedAfter: number;
    markerMatches: number;
    /** The newest synthetic draft tops the filtered list and the dashboard's latest votes. */
    listShowsImport: boolean;
    dashboardShowsImport: boolean;
    newDraftPage: number;
    newDraftApi: number;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const int = (s: string) => Number(s.replace(/[^\d]/g, ""));

// ---------------------------------------------------------------- readers

/** autocannon on every route at once (connectionsPerRoute each) until stop(); 0: no readers (a baseline for the writes). */
export function startReaders(base: string, connectionsPerRoute: number) {
  const started = Date.now();
  const runs = (connectionsPerRoute > 0 ? READ_ROUTES : []).map((route) => {
    const errorKinds: Record<string, number> = {};
    const instance = autocannon({
      url: base + route,
      connections: connectionsPerRoute,
      duration: 3600, // stopped by stop()
      timeout: 10,
      headers: { "accept-encoding": "gzip" },
    });
    instance.on("reqError", (e) => {
      const kind = e.code ?? e.message.slice(0, 60);
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
    });
    return { route, instance, errorKinds };
  });
  return {
    seconds: () => (Date.now() - started) / 1000,
    async stop(): Promise<RouteLoad[]> {
      for (const r of runs) r.instance.stop();
      const out: RouteLoad[] = [];
      for (const { route, instance, errorKinds } of runs) {
        const r = await instance;
        const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
        out.push({
          route,
          connections: connectionsPerRoute,
          requests: r.requests.total,
          requestsPerSec: Math.round(r.requests.average),
          latencyP50: r.latency.p50,
          latencyP99: r.latency.p99,
          latencyMax: r.latency.max,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
          statusCodes,
          errorKinds,
        });
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------- what a reader sees

async function html(base: string, path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(base + path, { redirect: "manual", headers: { "cache-control": "no-cache" } });
  return { status: res.status, text: await res.text() };
}

/** "/resolutions": "3,097 drafts recorded" (or, with a query, "1,000 drafts match"). */
export async function draftCount(base: string, query = ""): Promise<number> {
  const { status, text } = await html(base, `/resolutions${query}`);
  const m = /([\d,]+) drafts? (?:recorded|match)/.exec(text);
  if (status !== 200 || !m) {
    if (/No drafts? (?:recorded|match)/.test(text)) return 0;
    throw new Error(`GET /resolutions${query}: HTTP ${status}, no draft count in the page`);
  }
  return int(m[1]!);
}

/** The dashboard's (static) "Drafts put to the vote, all time" figure: the link to /resolutions. */
export async function votedFigure(base: string): Promise<number> {
  const { status, text } = await html(base, "/");
  const m = /href="\/resolutions"[^>]*>([\d,]+)</.exec(text);
  if (status !== 200 || !m) throw new Error(`GET /: HTTP ${status}, no "Drafts put to the vote" figure`);
  return int(m[1]!);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);

/** The page answers 200 and its HTML shows the text (and not the other). */
async function pageShows(base: string, path: string, needle: string, not?: string): Promise<boolean> {
  const { status, text } = await html(base, path);
  return status === 200 && text.includes(escapeHtml(needle)) && (not === undefined || !text.includes(escapeHtml(not)));
}

// ---------------------------------------------------------------- the CSV

interface TemplateVote {
  member: string;
  vote: string;
}

/** The members sitting on the template's date (from the public API). */
export async function templateCouncil(base: string): Promise<{ date: string; members: string[] }> {
  const res = await fetch(`${base}/api/resolutions/${TEMPLATE_REF}`);
  if (!res.ok) throw new Error(`GET /api/resolutions/${TEMPLATE_REF}: HTTP ${res.status}`);
  const body = (await res.json()) as { draft: { date: string }; votes: TemplateVote[] };
  const members = body.votes.map((v) => v.member);
  if (members.length !== 15) throw new Error(`${TEMPLATE_REF} lists ${members.length} members, expected 15`);
  return { date: body.draft.date.slice(0, 10), members };
}

/**
 * A free block of draft symbols: S/<year>/<first>…<first+count-1>, numbers far above any real
 * draft of the year (the UN's S/ series stays below ~1,300 a year) and away from S/<year>/9000–9999,
 * which the admin spec and the integration tests use. The first block whose ends are unknown to the
 * API wins, so a re-run against a kept database takes the next one.
 */
export async function freeSymbolBlock(base: string, count: number, voteYear: number): Promise<{ year: number; first: number }> {
  for (let year = voteYear; year >= 1994; year--)
    for (const first of [8000, 7000, 6000, 5000, 4000, 3000]) {
      const ends = [first, first + count - 1];
      const statuses = await Promise.all(ends.map((n) => fetch(`${base}/api/resolutions/S/${year}/${n}`).then((r) => r.status)));
      if (statuses.every((s) => s === 404)) return { year, first };
    }
  throw new Error("no free block of synthetic symbols");
}

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * One CSV in the /admin/import format (data/import-sample.README.md). Even rows are adopted (all
 * fifteen in favour), odd rows fail for want of votes (four in favour, the rest abstaining): no
 * row is vetoed, so the veto totals other specs check stay as seeded.
 */
export function draftsCsv(rows: { symbol: string; title: string }[], date: string, members: string[]): string {
  const header = ["symbol", "date", "title", "agenda_item", "procedural", "yes", "no", "abstain", "not_participating", "vetoed_by"];
  const lines = rows.map(({ symbol, title }, i) => {
    const yes = i % 2 === 0 ? members : members.slice(0, 4);
    const abstain = i % 2 === 0 ? [] : members.slice(4);
    return [symbol, date, title, "Synthetic load-test agenda item", "false", yes.join(";"), "", abstain.join(";"), "", ""].map(cell).join(",");
  });
  return [header.join(","), ...lines].join("\n") + "\n";
}

// ---------------------------------------------------------------- the admin, in the browser

/** Opens a page and waits until its scripts have loaded (forms then post through React). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

export async function signIn(page: Page, admin: { email: string; password: string }) {
  await open(page, "/admin/login");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/admin$/, { timeout: 60_000 });
}

/** The row limit /admin/import states ("… at most 1 MB and 1,000 rows."): the file is split to fit it. */
export async function importRowLimit(page: Page): Promise<number> {
  await open(page, "/admin/import");
  const hint = await page
    .getByText(/at most .* rows\./)
    .first()
    .innerText();
  const m = /([\d,]+) rows/.exec(hint);
  if (!m) throw new Error(`no row limit in the import page's hint: ${hint}`);
  return int(m[1]!);
}

/**
 * Check the file, then import exactly what was checked. Returns the browser-side durations. The
 * wait outlasts the import transaction's own timeout (300 s), so a refused import shows as the
 * server's error rather than as this wait's.
 */
export async function importCsv(page: Page, csv: string, fileName: string, rows: number, timeout = 360_000) {
  await open(page, "/admin/import");
  await page.getByLabel("CSV file").setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  let t = performance.now();
  await page.getByRole("button", { name: "Check the file" }).click();
  const n = rows.toLocaleString("en"); // the page writes "1,000 rows"
  const checked = page.getByText(`Every row is valid (${n} rows). Nothing was written yet.`);
  const refused = page.getByText(/rows? ha(?:s|ve) errors\. Nothing was written\.|The file cannot be read|The data could not be loaded/);
  await checked.or(refused).first().waitFor({ timeout });
  if (!(await checked.isVisible())) {
    // The error boundary (an exception in the action, e.g. the transaction's timeout) or the report.
    const shown = (
      await page
        .locator("main [role=alert]")
        .first()
        .innerText()
        .catch(() => page.locator("main").innerText())
    )
      .replace(/\s+/g, " ")
      .trim();
    throw new Error(`the check of ${fileName} (${n} rows) failed after ${((performance.now() - t) / 1000).toFixed(1)} s: ${shown.slice(0, 1500)}`);
  }
  const checkMs = performance.now() - t;
  t = performance.now();
  await page.getByRole("button", { name: `Import these ${n} rows` }).click();
  const done = page.getByText(/^([\d,]+) drafts? (?:was|were) imported\.$/);
  const failed = page.getByText(/Nothing was imported|The data could not be loaded/);
  await done.or(failed).first().waitFor({ timeout });
  const importMs = performance.now() - t;
  if (!(await done.isVisible()))
    throw new Error(
      `the import of ${fileName} (${n} rows) failed after ${(importMs / 1000).toFixed(1)} s: ${(await failed.first().innerText()).replace(/\s+/g, " ").trim()}`,
    );
  const m = /([\d,]+) drafts?/.exec((await done.textContent().catch(() => "")) ?? "");
  return { file: fileName, rows, imported: m ? int(m[1]!) : 0, checkMs: Math.round(checkMs), importMs: Math.round(importMs) };
}

/** Replaces a draft's title through the edit form; returns the title it had. */
export async function editTitle(page: Page, ref: string, title: (old: string) => string, timeout = 120_000) {
  await open(page, `/admin/resolutions/${ref}/edit`);
  const field = page.getByLabel("Title of the draft");
  const old = await field.inputValue();
  await field.fill(title(old));
  const t = performance.now();
  await page.getByRole("button", { name: "Save the changes" }).click();
  await page.getByText(`Your changes to ${ref} were saved.`).waitFor({ timeout });
  return { old, ms: Math.round(performance.now() - t) };
}

// ---------------------------------------------------------------- the scenario

export interface ReadsDuringWritesOptions {
  base: string;
  page: Page;
  admin: { email: string; password: string };
  drafts?: number;
  connectionsPerRoute: number;
  /** Keep reading at least this long in all (the bench: 30 s). */
  minSeconds?: number;
  /** Reading alone before the first write, and after the last check. */
  warmSeconds?: number;
  tailSeconds?: number;
  log?: (m: string) => void;
}

export async function readsDuringWrites(opts: ReadsDuringWritesOptions): Promise<ReadsDuringWritesResult> {
  const { base, page, admin, connectionsPerRoute } = opts;
  const count = opts.drafts ?? 1000;
  const log = opts.log ?? (() => {});
  const council = await templateCouncil(base);
  const block = await freeSymbolBlock(base, count, Number(council.date.slice(0, 4)));
  const marker = `LOADTEST-${Date.now().toString(36)}`;
  const drafts = Array.from({ length: count }, (_, i) => ({
    symbol: `S/${block.year}/${block.first + i}`,
    title: `Synthetic draft ${i + 1} of ${count} for the reads-during-writes test (${marker})`,
  }));
  log(`symbols S/${block.year}/${block.first}…${block.first + count - 1}, voted ${council.date}, marker ${marker}`);

  // Warm the routes (first renders, caches), note what a reader sees before, sign in.
  for (const route of READ_ROUTES) await fetch(base + route).then((r) => r.arrayBuffer());
  const recordedBefore = await draftCount(base);
  const votedBefore = await votedFigure(base);
  await signIn(page, admin);

  const startedAt = new Date().toISOString();
  const readers = startReaders(base, connectionsPerRoute);
  let routes: RouteLoad[] = [];
  let loadSeconds = 0;
  const imports: ReadsDuringWritesResult["imports"] = [];
  const edits: ReadsDuringWritesResult["edits"] = [];
  let importSeconds = 0;
  let writesSeconds = 0;
  let reader: ReadsDuringWritesResult["reader"] = null;
  let rowLimit = 0;
  let writeError: string | null = null;
  try {
    await sleep((opts.warmSeconds ?? 2) * 1000);
    const w0 = performance.now();
    rowLimit = await importRowLimit(page);
    const perFile = Math.min(count, rowLimit);
    for (let i = 0; i < count; i += perFile) {
      const batch = drafts.slice(i, i + perFile);
      const csv = draftsCsv(batch, council.date, council.members);
      const r = await importCsv(page, csv, `reads-during-writes-${i / perFile + 1}.csv`, batch.length);
      log(`${r.file}: ${r.imported} of ${r.rows} imported (check ${r.checkMs} ms, import ${r.importMs} ms) at ${readers.seconds().toFixed(1)} s of load`);
      imports.push(r);
      if (r.imported !== batch.length) throw new Error(`${r.file}: ${r.imported} of ${batch.length} drafts imported`);
    }
    importSeconds = (performance.now() - w0) / 1000;
    const newest = drafts[count - 1]!;
    const listShowsImport = await pageShows(base, HOT_LIST, newest.title);
    const dashboardShowsImport = (await html(base, "/")).text.includes(`>${newest.symbol}<`);

    // Corrections through the edit form: the newest draft (it tops the filtered list the readers
    // load), the one before it, and the first one imported (no list page shows it).
    for (const d of [newest, drafts[count - 2]!, drafts[0]!]) {
      const title = `${d.title} (corrected under load)`;
      const e = await editTitle(page, d.symbol, () => title);
      const onPage = await pageShows(base, `/resolutions/${d.symbol}`, title);
      const onList = d === drafts[0] ? true : await pageShows(base, HOT_LIST, title, d.title + "<");
      const inApi = ((await (await fetch(`${base}/api/resolutions/${d.symbol}`)).json()) as { draft?: { title?: string } }).draft?.title === title;
      edits.push({ ref: d.symbol, ms: e.ms, seenAtOnce: onPage && onList && inApi });
    }
    // A seeded resolution known only by its document symbol (most of the record): corrected, seen
    // at once, then put back as it was.
    const seeded = "S/RES/2722(2024)";
    const corrected = await editTitle(page, seeded, (old) => `${old} (corrected under load)`);
    const seededTitle = `${corrected.old} (corrected under load)`;
    const seededSeen =
      (await pageShows(base, `/resolutions/${seeded}`, seededTitle)) &&
      ((await (await fetch(`${base}/api/resolutions/${seeded}`)).json()) as { draft?: { title?: string } }).draft?.title === seededTitle;
    edits.push({ ref: seeded, ms: corrected.ms, seenAtOnce: seededSeen });
    await editTitle(page, seeded, () => corrected.old);
    writesSeconds = (performance.now() - w0) / 1000;
    log(`writes done in ${writesSeconds.toFixed(1)} s; edits ${edits.map((e) => `${e.ref} ${e.ms} ms${e.seenAtOnce ? "" : " (STALE)"}`).join(", ")}`);

    // Right after the writes, still under load: an anonymous reader sees them.
    reader = {
      recordedBefore,
      recordedAfter: await draftCount(base),
      votedBefore,
      votedAfter: await votedFigure(base),
      markerMatches: await draftCount(base, `?q=${encodeURIComponent(marker)}`),
      listShowsImport,
      dashboardShowsImport,
      newDraftPage: (await html(base, `/resolutions/${drafts[1]!.symbol}`)).status,
      newDraftApi: (await fetch(`${base}/api/resolutions/${drafts[1]!.symbol}`)).status,
    };
    await sleep(Math.max((opts.minSeconds ?? 0) - readers.seconds(), opts.tailSeconds ?? 2) * 1000);
  } catch (error) {
    // Keep the figures of a failed run: the caller reports them, then fails on writeError.
    writeError = error instanceof Error ? error.message : String(error);
    log(`write step failed at ${readers.seconds().toFixed(1)} s of load: ${writeError}`);
  } finally {
    routes = await readers.stop();
    loadSeconds = Math.round(readers.seconds() * 10) / 10;
    for (const r of routes)
      log(
        `${r.route.padEnd(38)} ${r.requests} requests, ${r.requestsPerSec} req/s, p50 ${r.latencyP50} ms, p99 ${r.latencyP99} ms, max ${r.latencyMax} ms, ` +
          `errors ${r.errors} (timeouts ${r.timeouts}), non-2xx ${r.non2xx} ${JSON.stringify(r.statusCodes)}` +
          `${r.errors ? ` ${JSON.stringify(r.errorKinds)}` : ""}`,
      );
  }
  return {
    base,
    startedAt,
    loadSeconds,
    connectionsPerRoute,
    routes,
    totals: {
      requests: routes.reduce((a, r) => a + r.requests, 0),
      errors: routes.reduce((a, r) => a + r.errors, 0),
      non2xx: routes.reduce((a, r) => a + r.non2xx, 0),
    },
    drafts: { count, year: block.year, first: block.first, date: council.date, marker },
    importRowLimit: rowLimit,
    imports,
    importSeconds: Math.round(importSeconds * 10) / 10,
    edits,
    writesSeconds: Math.round(writesSeconds * 10) / 10,
    writeError,
    reader,
  };
}
