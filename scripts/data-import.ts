// npm run data:import -- <file.csv> [--apply] — checks (by default) or imports a CSV: the UN
// Library's Security Council Voting Data as published, or the project's own import format, told
// apart by the header, exactly as /admin/import does. Runs through scripts/with-database.ts, so it
// uses DATABASE_URL or the embedded database. Exit code: 0 checked or imported, 1 the file was
// refused (nothing written), 2 wrong usage.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import messages from "../messages/en/admin.json" with { type: "json" };
import type { Actor } from "../lib/admin/audit";
import type { ImportReport } from "../lib/admin/import";
import type { OfficialImportReport } from "../lib/admin/import-official-db";
import type { Msg } from "../lib/forms/action-state";

const args = process.argv.slice(2);
const apply = args.includes("--apply");
const file = args.find((a) => !a.startsWith("--"));
if (!file || args.some((a) => a.startsWith("--") && a !== "--apply")) {
  console.error("usage: npm run data:import -- <file.csv> [--apply]");
  process.exit(2);
}

const t = createTranslator({ locale: "en", messages: { admin: messages }, namespace: "admin" });
const msg = (m: Msg) => (t.has(`errors.${m.code}` as "errors.invalid") ? t(`errors.${m.code}` as "errors.invalid", m.values) : m.code);
const at = (line: number, column?: string | null) => (line > 0 ? `line ${line}${column ? ` (${column})` : ""}: ` : "");

function printOfficial(r: OfficialImportReport): void {
  const o = (key: string, values?: Record<string, string | number>) => t(`import.official.${key}` as "import.official.detected", values);
  console.log(o("detected", { rows: r.rows, resolutions: r.resolutions }));
  for (const e of r.fileErrors) console.log(`  ${at(e.line, e.column)}${msg(e)}`);
  if (r.fileErrors.length > 0) return;
  const vote = (v: string | null) => v ?? "—";
  const sections: [string, string[]][] = [
    [
      o("newHeading"),
      r.created.map(
        (c) =>
          `${c.resolution} (${c.symbol ?? "—"}, ${c.votedOn}, ${c.meetingRecord ?? "—"}): ` +
          `${c.tally ?? o("modality.WITHOUT_VOTE")}, ${o(`outcome.${c.outcome}`)} — line ${c.line}`,
      ),
    ],
    [o("votesHeading"), r.voteChanges.map((v) => `${v.resolution} ${v.member}: ${vote(v.stored)} → ${vote(v.file)} — line ${v.line}`)],
    [o("factsHeading"), r.factChanges.map((f) => `${f.resolution} ${o(`fields.${f.field}`)}: ${f.stored ?? "—"} → ${f.file ?? "—"} — line ${f.line}`)],
    [
      o("conflictsHeading"),
      r.conflicts.map((c) => `${c.resolution}: ${at(c.line, c.column)}${msg(c)}${c.changes ? ` ${o("wouldChange", { changes: c.changes })}` : ""}`),
    ],
    [o("defectsHeading"), r.defects.map((d) => `${d.resolution ?? ""}: ${at(d.line, d.column)}${msg(d)}`)],
    [o("notesHeading"), r.notes.map((n) => `${n.resolution ?? ""}: ${at(n.line, n.column)}${msg(n)}`)],
  ];
  console.log(
    o("summary", {
      created: r.created.length,
      votes: r.voteChanges.length,
      facts: r.factChanges.length,
      conflicts: r.conflicts.length,
      defects: r.defects.length,
      unchanged: r.unchanged,
    }),
  );
  for (const [heading, lines] of sections) {
    if (lines.length === 0) continue;
    console.log(`\n${heading} (${lines.length}):`);
    for (const l of lines) console.log(`  ${l}`);
  }
  console.log("");
  const writes = r.created.length + r.updated.length;
  if (!r.applied) console.log(writes > 0 ? `${o("dryRun")} (--apply)` : o("nothingToImport"));
  else if (writes > 0)
    console.log(
      `${o("applied", { created: r.created.length, updated: r.updated.length })} ` +
        "Restart the app (or let a write through /admin expire them) so that its static copies show it.",
    );
  else console.log(o("appliedNothing"));
}

function printProject(r: ImportReport): void {
  for (const e of r.fileErrors) console.log(`${at(e.line, e.column)}${msg(e)}`);
  for (const row of r.rows)
    console.log(
      row.status === "ok"
        ? `line ${row.line} ${row.symbol}: ${row.outcome}${row.vetoedBy?.length ? ` (${row.vetoedBy.join(", ")})` : ""}`
        : row.errors.map((e) => `${at(e.line, e.column)}${row.symbol} ${msg(e)}`).join("\n"),
    );
  if (r.fileErrors.length === 0)
    console.log(r.applied ? t("import.applied", { count: r.rows.length }) : r.ok ? t("import.dryRunOk", { count: r.rows.length }) : t("import.notApplied"));
}

const { importCsvFile } = await import("../lib/admin/import-file");
const { disconnectDb } = await import("../lib/db");
// Audited as the command line, with the editor's rights the form requires.
const actor: Actor = { id: "cli", email: process.env.IMPORT_ACTOR ?? "cli:data-import", role: "admin" };
const started = performance.now();
try {
  const result = await importCsvFile(readFileSync(file, "utf8"), { actor, apply, fileName: path.basename(file), timeoutMs: 600_000, maxBytes: Infinity });
  if (result.format === "official") printOfficial(result.report);
  else printProject(result.report);
  console.log(`(${apply ? "import" : "check"} in ${((performance.now() - started) / 1000).toFixed(2)} s)`);
  const refused = result.report.fileErrors.length > 0 || (apply && !result.report.applied);
  const { expireCachesAfterWrite } = await import("../lib/cache/expire-after-write");
  const expired = result.report.applied ? await expireCachesAfterWrite() : true;
  process.exitCode = refused || !expired ? 1 : 0;
} finally {
  await disconnectDb();
}
