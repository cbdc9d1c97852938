"use client";

import { useActionState } from "react";
import { messageOr, runtimeMessage } from "@/i18n/runtime-keys";
import { useLocale, useTranslations } from "next-intl";
import { importAction, type ImportState } from "@/lib/actions/import";
import type { CellError } from "@/lib/admin/import";
import { AdminTable, adminRowClass } from "./admin-table";
import { buttonClass, Field, FormMessage, secondaryButtonClass } from "./field";
import { OfficialImportReportView } from "./official-import-report";

/**
 * Upload → check (dry run: every row's result, every error by line and column; for the UN
 * Library's voting data, every change, conflict and defect) → import all or nothing.
 */
export function ImportForm() {
  const t = useTranslations("admin.import");
  const tErr = useTranslations("admin.errors");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, { status: "idle" });
  const report = state.report;
  const msg = (e: CellError) => messageOr(tErr, e.code, tErr("invalid"), e.values);
  const outcome = (o?: string, vetoedBy?: string[]) =>
    o === "VETOED" ? t("outcome.VETOED", { members: (vetoedBy ?? []).join(", ") }) : o ? runtimeMessage(t, `outcome.${o}`) : "";
  const bad = report?.rows.filter((r) => r.status === "error").length ?? 0;
  const official = state.official;
  const officialWrites = official ? official.created.length + official.updated.length : 0;

  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" encType="multipart/form-data">
        <Field name="file" label={t("file")} hint={t("fileHint")} errors={state.message ? [state.message] : []}>
          {(p) => <input {...p} type="file" accept=".csv,text/csv" className="mt-1 block text-sm" />}
        </Field>
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="check" className={secondaryButtonClass} disabled={pending}>
            {t("check")}
          </button>
          <button type="submit" name="intent" value="apply" className={buttonClass} disabled={pending}>
            {t("apply")}
          </button>
          {pending && <span role="status">{t("checking")}</span>}
        </div>
      </form>

      {official && (
        <section aria-labelledby="import-results" className="space-y-3">
          <h2 id="import-results" className="text-xl font-semibold">
            {t("official.results")}
          </h2>
          <OfficialImportReportView report={official} />
          {official.ok && !official.applied && officialWrites > 0 && state.csvText && (
            <form action={action}>
              <input type="hidden" name="csvText" value={state.csvText} />
              <input type="hidden" name="fileName" value={state.fileName ?? ""} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" name="intent" value="apply" className={buttonClass} disabled={pending}>
                {t("official.applyChecked", { count: officialWrites })}
              </button>
            </form>
          )}
        </section>
      )}

      {report && (
        <section aria-labelledby="import-results" className="space-y-3">
          <h2 id="import-results" className="text-xl font-semibold">
            {t("results")}
          </h2>
          {report.fileErrors.length > 0 ? (
            <FormMessage tone="error">
              <p className="font-semibold">{t("fileErrors")}</p>
              <ul>
                {report.fileErrors.map((e, i) => (
                  <li key={i}>
                    {e.line > 0 && `${t("line")} ${e.line}${e.column ? `, ${e.column}` : ""}: `}
                    {msg(e)}
                  </li>
                ))}
              </ul>
            </FormMessage>
          ) : report.applied ? (
            <FormMessage tone="ok">{t("applied", { count: report.rows.length })}</FormMessage>
          ) : state.dryRun ? (
            report.ok ? (
              <FormMessage tone="ok">{t("dryRunOk", { count: report.rows.length })}</FormMessage>
            ) : (
              <FormMessage tone="error">{t("dryRunErrors", { count: bad })}</FormMessage>
            )
          ) : (
            <FormMessage tone="error">{t("notApplied")}</FormMessage>
          )}

          {report.ok && !report.applied && state.csvText && (
            <form action={action}>
              <input type="hidden" name="csvText" value={state.csvText} />
              <input type="hidden" name="fileName" value={state.fileName ?? ""} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" name="intent" value="apply" className={buttonClass} disabled={pending}>
                {t("applyChecked", { count: report.rows.length })}
              </button>
            </form>
          )}

          {report.rows.length > 0 && (
            <AdminTable columns={[{ label: t("line") }, { label: t("symbol") }, { label: t("result") }]}>
              {report.rows.map((r) => (
                <tr key={r.line} className={adminRowClass}>
                  <td className="py-1.5 pr-3 tabular-nums">{r.line}</td>
                  <th scope="row" className="py-1.5 pr-3 font-medium">
                    {r.symbol || "—"}
                  </th>
                  <td className="py-1.5 pr-3">
                    {r.status === "ok" ? (
                      <span className="text-emerald-900 dark:text-emerald-200">
                        <span aria-hidden="true">✓ </span>
                        {report.applied
                          ? t("created", { outcome: outcome(r.outcome, r.vetoedBy) })
                          : t("wouldCreate", { outcome: outcome(r.outcome, r.vetoedBy) })}
                      </span>
                    ) : (
                      <ul className="text-red-800 dark:text-red-300">
                        {r.errors.map((e, i) => (
                          <li key={i}>
                            <span aria-hidden="true">⚠ </span>
                            <span className="font-mono">{`${t("line")} ${e.line}${e.column ? `, ${t("column")} ${e.column}` : ""}`}</span>: {msg(e)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </AdminTable>
          )}
        </section>
      )}
    </div>
  );
}
