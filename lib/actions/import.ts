"use server";

import { revalidateVoteData } from "@/lib/admin/revalidate";
import type { ActionState } from "@/lib/forms/action-state";
import { MAX_IMPORT_BYTES, type ImportReport } from "@/lib/admin/import";
import { importCsvFile } from "@/lib/admin/import-file";
import { MAX_OFFICIAL_IMPORT_BYTES } from "@/lib/admin/import-official";
import type { OfficialImportReport } from "@/lib/admin/import-official-db";
import { assertActionAllowed } from "@/lib/auth/guard";
import { memberNamer, nameMembers } from "@/lib/forms/member-names";
import { listMemberOptions } from "@/lib/queries/options";
import { formLocale } from "./form-locale";

export type ImportState = ActionState<never> & {
  /** The project's format: row by row. */
  report?: ImportReport;
  /** The UN Library's voting data: new, changed, conflicting and defective resolutions. */
  official?: OfficialImportReport;
  /** After a clean check: the checked text, so "Import" sends exactly what was checked. */
  csvText?: string;
  fileName?: string;
  dryRun?: boolean;
};

// Each format checks its own limit (lib/admin/import.ts, lib/admin/import-official.ts); this one
// only keeps a larger upload from being read at all.
const MAX_UPLOAD_BYTES = Math.max(MAX_IMPORT_BYTES, MAX_OFFICIAL_IMPORT_BYTES);

/** Check (dry run) or import a CSV, in whichever format its header shows. The text comes from the file input, or from a previous check. */
export async function importAction(_prev: ImportState, fd: FormData): Promise<ImportState> {
  const permission = await assertActionAllowed("editor");
  if (!permission.ok) return permission.state;
  const apply = fd.get("intent") === "apply";
  const file = fd.get("file");
  const carried = fd.get("csvText");
  let text: string;
  let fileName = "upload.csv";
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES)
      return {
        status: "invalid",
        report: {
          ok: false,
          applied: false,
          rows: [],
          fileErrors: [{ line: 0, column: null, code: "fileTooLarge", values: { max: MAX_UPLOAD_BYTES / 1024 } }],
        },
      };
    text = await file.text();
    fileName = file.name.slice(0, 200) || fileName;
  } else if (typeof carried === "string" && carried.length > 0) {
    text = carried;
    const name = fd.get("fileName");
    if (typeof name === "string" && name) fileName = name.slice(0, 200);
  } else {
    return { status: "invalid", message: { code: "noFile" } };
  }
  const result = await importCsvFile(text, { actor: permission.user, apply, fileName });
  if (result.format === "official") {
    const official = result.report;
    const writes = official.created.length + official.updated.length;
    if (official.applied && writes > 0) revalidateVoteData();
    return {
      status: official.ok ? "ok" : "invalid",
      official,
      dryRun: !apply,
      fileName,
      ...(official.ok && !official.applied && writes > 0 ? { csvText: text } : {}),
    };
  }
  const nameOf = memberNamer(await listMemberOptions(), formLocale(fd));
  const report = { ...result.report, rows: result.report.rows.map((r) => ({ ...r, errors: r.errors.map((e) => nameMembers(e, nameOf)) })) };
  if (report.applied) revalidateVoteData();
  return {
    status: report.ok ? "ok" : "invalid",
    report,
    dryRun: !apply,
    fileName,
    ...(report.ok && !report.applied ? { csvText: text } : {}),
  };
}
