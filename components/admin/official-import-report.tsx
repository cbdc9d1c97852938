"use client";

import { useId, type ReactNode } from "react";
import { messageOr } from "@/i18n/runtime-keys";
import { useTranslations } from "next-intl";
import type { Msg } from "@/lib/forms/action-state";
import type { OfficialImportReport } from "@/lib/admin/import-official-db";
import { AdminTable, adminRowClass, type AdminColumn } from "./admin-table";
import { FormMessage } from "./field";

const cell = "py-1.5 pr-3";

function Section({ heading, count, columns, children }: { heading: string; count: number; columns: AdminColumn[]; children: ReactNode }) {
  const id = useId();
  if (count === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-lg font-semibold">
        {heading} ({count})
      </h3>
      <AdminTable columns={columns}>{children}</AdminTable>
    </section>
  );
}

/** The check (or the import) of the UN Library's voting data: what it writes, and what it does not and why. */
export function OfficialImportReportView({ report }: { report: OfficialImportReport }) {
  const t = useTranslations("admin.import.official");
  const tErr = useTranslations("admin.errors");
  const msg = (m: Msg) => messageOr(tErr, m.code, tErr("invalid"), m.values);
  const vote = (v: string | null) => (v ? `${v} (${t(`vote.${v as "Y"}`)})` : t("vote.none"));
  const fact = (field: string, value: string | null) =>
    value === null ? "—" : field === "modality" ? t(`modality.${value as "RECORDED_VOTE"}`) : field === "outcome" ? t(`outcome.${value as "ADOPTED"}`) : value;
  const where = (line: number, column: string | null) => (line > 0 ? `${line}${column ? ` · ${column}` : ""}` : "—");
  const writes = report.created.length + report.updated.length;

  return (
    <div className="space-y-4">
      <p>{t("detected", { rows: report.rows, resolutions: report.resolutions })}</p>
      {report.fileErrors.length > 0 ? (
        <FormMessage tone="error">
          <p className="font-semibold">{t("notApplied")}</p>
          <ul>
            {report.fileErrors.map((e, i) => (
              <li key={i}>
                {e.line > 0 && `${t("line")} ${where(e.line, e.column)}: `}
                {msg(e)}
              </li>
            ))}
          </ul>
        </FormMessage>
      ) : (
        <>
          <FormMessage tone={report.applied || writes === 0 ? "ok" : "info"}>
            <p className="font-semibold">
              {t("summary", {
                created: report.created.length,
                votes: report.voteChanges.length,
                facts: report.factChanges.length,
                conflicts: report.conflicts.length,
                defects: report.defects.length,
                unchanged: report.unchanged,
              })}
            </p>
            <p>
              {report.applied
                ? writes > 0
                  ? t("applied", { created: report.created.length, updated: report.updated.length })
                  : t("appliedNothing")
                : writes > 0
                  ? t("dryRun")
                  : t("nothingToImport")}
            </p>
          </FormMessage>

          <Section
            heading={t("newHeading")}
            count={report.created.length}
            columns={[
              { label: t("resolution") },
              { label: t("draft") },
              { label: t("date") },
              { label: t("meeting") },
              { label: t("votes") },
              { label: t("result") },
              { label: t("line") },
            ]}
          >
            {report.created.map((c) => (
              <tr key={c.ref} className={adminRowClass}>
                <th scope="row" className={`${cell} font-medium`}>
                  {c.resolution}
                </th>
                <td className={cell}>{c.symbol ?? "—"}</td>
                <td className={`${cell} tabular-nums`}>{c.votedOn}</td>
                <td className={cell}>{c.meetingRecord ?? "—"}</td>
                <td className={`${cell} tabular-nums`}>{c.tally ?? t(`modality.${c.modality}`)}</td>
                <td className={cell}>{t(`outcome.${c.outcome}`)}</td>
                <td className={`${cell} tabular-nums`}>{c.line}</td>
              </tr>
            ))}
          </Section>

          <Section
            heading={t("votesHeading")}
            count={report.voteChanges.length}
            columns={[{ label: t("resolution") }, { label: t("member") }, { label: t("change") }, { label: t("line") }]}
          >
            {report.voteChanges.map((v) => (
              <tr key={`${v.ref}:${v.member}`} className={adminRowClass}>
                <th scope="row" className={`${cell} font-medium`}>
                  {v.resolution}
                </th>
                <td className={cell}>{v.member}</td>
                <td className={cell}>
                  {vote(v.stored)} → {vote(v.file)}
                </td>
                <td className={`${cell} tabular-nums`}>{v.line}</td>
              </tr>
            ))}
          </Section>

          <Section
            heading={t("factsHeading")}
            count={report.factChanges.length}
            columns={[{ label: t("resolution") }, { label: t("fact") }, { label: t("change") }, { label: t("line") }]}
          >
            {report.factChanges.map((f) => (
              <tr key={`${f.ref}:${f.field}`} className={adminRowClass}>
                <th scope="row" className={`${cell} font-medium`}>
                  {f.resolution}
                </th>
                <td className={cell}>{t(`fields.${f.field}`)}</td>
                <td className={cell}>
                  {fact(f.field, f.stored)} → {fact(f.field, f.file)}
                </td>
                <td className={`${cell} tabular-nums`}>{f.line}</td>
              </tr>
            ))}
          </Section>

          <Section
            heading={t("conflictsHeading")}
            count={report.conflicts.length}
            columns={[{ label: t("resolution") }, { label: t("line") }, { label: t("problem") }]}
          >
            {report.conflicts.map((c, i) => (
              <tr key={i} className={adminRowClass}>
                <th scope="row" className={`${cell} font-medium`}>
                  {c.resolution}
                </th>
                <td className={`${cell} tabular-nums`}>{where(c.line, c.column)}</td>
                <td className={cell}>
                  {msg(c)}
                  {c.changes && <span className="block text-slate-700 dark:text-slate-300">{t("wouldChange", { changes: c.changes })}</span>}
                </td>
              </tr>
            ))}
          </Section>

          <Section
            heading={t("defectsHeading")}
            count={report.defects.length}
            columns={[{ label: t("resolution") }, { label: t("line") }, { label: t("problem") }]}
          >
            {report.defects.map((d, i) => (
              <tr key={i} className={adminRowClass}>
                <th scope="row" className={`${cell} font-medium`}>
                  {d.resolution ?? "—"}
                </th>
                <td className={`${cell} tabular-nums`}>{where(d.line, d.column)}</td>
                <td className={`${cell} text-red-800 dark:text-red-300`}>{msg(d)}</td>
              </tr>
            ))}
          </Section>

          <Section
            heading={t("notesHeading")}
            count={report.notes.length}
            columns={[{ label: t("resolution") }, { label: t("line") }, { label: t("problem") }]}
          >
            {report.notes.map((n, i) => (
              <tr key={i} className={adminRowClass}>
                <th scope="row" className={`${cell} font-medium`}>
                  {n.resolution ?? "—"}
                </th>
                <td className={`${cell} tabular-nums`}>{where(n.line, n.column)}</td>
                <td className={cell}>{msg(n)}</td>
              </tr>
            ))}
          </Section>
        </>
      )}
    </div>
  );
}
