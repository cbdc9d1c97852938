"use server";

import { revalidateVoteData } from "@/lib/admin/revalidate";
import type { ActionState } from "@/lib/admin/action-state";
import { importDrafts, MAX_IMPORT_BYTES, type ImportReport } from "@/lib/admin/import";
import { assertActionAllowed } from "@/lib/auth/guard";

export type ImportState = ActionState<never> & {
  report?: ImportReport;
  /** After a clean check: the checked text, so "Import" sends exactly what was checked. */
  csvText?: string;
  fileName?: string;
  dryRun?: boolean;
};

/** Check (dry run) or import a CSV of drafts. The text comes from the file input, or from a previous check. */
export async function importAction(_prev: ImportState, fd: FormData): Promise<ImportState> {
  const permission = await assertActionAllowed("editor");
  if (!permission.ok) return permission.state;
  const apply = fd.get("intent") === "apply";
  const file = fd.get("file");
  const carried = fd.get("csvText");
  let text: string;
  let fileName = "upload.csv";
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES)
      return { status: "invalid", report: { ok: false, applied: false, rows: [], fileErrors: [{ line: 0, column: null, code: "fileTooLarge", values: { max: MAX_IMPORT_BYTES / 1024 } }] } };
    text = await file.text();
    fileName = file.name.slice(0, 200) || fileName;
  } else if (typeof carried === "string" && carried.length > 0) {
    text = carried;
    const name = fd.get("fileName");
    if (typeof name === "string" && name) fileName = name.slice(0, 200);
  } else {
    return { status: "invalid", message: { code: "noFile" } };
  }
  const report = await importDrafts(text, { actor: permission.user, apply, fileName });
  if (report.applied) revalidateVoteData();
  return {
    status: report.ok ? "ok" : "invalid",
    report,
    dryRun: !apply,
    fileName,
    ...(report.ok && !report.applied ? { csvText: text } : {}),
  };
}
