// One timed run of bench/import-ab.ts, in ONE version of the app: bench/import-ab.ts copies this
// file into each worktree and spawns it there (cwd = that worktree, DATABASE_URL = a fresh copy of
// that version's seeded database), so "@/…" and every lib/ module are that version's own.
// It calls the import's Server Action (lib/actions/import.ts importAction) as the page does: a
// check with the uploaded file, then "import" with the checked text carried back. Outside Next,
// the request APIs are stand-ins, as in tests/integration/admin-actions.test.ts: next/headers gives
// the session cookie of a real editor account (signed in through better-auth), next/cache and the
// navigation helpers do nothing. Prints one JSON line: { checkMs, applyMs, … }.
import { readFileSync } from "node:fs";
import { register } from "node:module";

// Module stand-ins, resolved before tsx's own hooks (hooks registered later run first).
const STUBS: Record<string, string> = {
  "next/headers": `export async function headers() { return new Headers({ cookie: globalThis.__importAbCookie ?? "", "x-forwarded-for": "198.51.100.20" }); }
    export async function cookies() { return { get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }; }`,
  "next/cache": `export const revalidatePath = () => {}; export const revalidateTag = () => {}; export const updateTag = () => {}; export const refresh = () => {};
    export const cacheTag = () => {}; export const cacheLife = () => {}; export const unstable_cache = (fn) => fn;`,
  "next/navigation": `export function forbidden() { throw new Error("forbidden"); } export function notFound() { throw new Error("notFound"); }`,
  "@/i18n/navigation": `export function redirect() { throw new Error("redirect"); }`,
};
const hooks = `const STUBS = ${JSON.stringify(STUBS)};
export async function resolve(specifier, context, next) {
  const stub = STUBS[specifier];
  if (stub !== undefined) return { url: "data:text/javascript," + encodeURIComponent(stub), format: "module", shortCircuit: true };
  return next(specifier, context);
}`;
register("data:text/javascript," + encodeURIComponent(hooks));

const csvPath = process.env.IMPORT_AB_CSV;
if (!csvPath) throw new Error("IMPORT_AB_CSV: the CSV file to import");
const csv = readFileSync(csvPath, "utf8");
const expected = Number(process.env.IMPORT_AB_ROWS ?? 1000);

const { importAction } = await import("../lib/actions/import");
const { db, disconnectDb } = await import("../lib/db");
const { createTestUser, sessionCookie } = await import("../tests/support/factories");

try {
  // Sign-in also opens the database connections and loads the client, as a running server would have.
  const editor = await createTestUser("editor");
  (globalThis as { __importAbCookie?: string }).__importAbCookie = await sessionCookie(editor);
  const draftsBefore = await db.draft.count();

  const check = new FormData();
  check.set("intent", "check");
  check.set("locale", "en");
  check.set("file", new File([csv], "import-ab.csv", { type: "text/csv" }));
  const t0 = performance.now();
  const checked = await importAction({ status: "idle" }, check);
  const checkMs = performance.now() - t0;
  const checkedOk = checked.report?.rows.filter((r) => r.status === "ok").length ?? 0;
  if (checked.status !== "ok" || !checked.csvText || checkedOk !== expected)
    throw new Error(`check: ${checked.status}, ${checkedOk} rows ok: ${JSON.stringify(checked.report?.fileErrors ?? checked.message)}`);

  const apply = new FormData();
  apply.set("intent", "apply");
  apply.set("locale", "en");
  apply.set("csvText", checked.csvText);
  apply.set("fileName", checked.fileName ?? "import-ab.csv");
  const t1 = performance.now();
  const applied = await importAction(checked, apply);
  const applyMs = performance.now() - t1;
  if (applied.status !== "ok" || !applied.report?.applied)
    throw new Error(`apply: ${applied.status}: ${JSON.stringify(applied.report?.fileErrors ?? applied.message)}`);
  const imported = (await db.draft.count()) - draftsBefore;
  if (imported !== expected) throw new Error(`apply: ${imported} drafts written, expected ${expected}`);

  const round = (ms: number) => Math.round(ms * 10) / 10;
  console.log(JSON.stringify({ checkMs: round(checkMs), applyMs: round(applyMs), totalMs: round(checkMs + applyMs), imported }));
} finally {
  await disconnectDb();
}
