import { useTranslations } from "next-intl";
import { AdminTable, adminRowClass } from "@/components/admin/admin-table";
import { tallyText } from "@/lib/draft-record";
import type { DraftDetail } from "@/lib/queries/draft-detail";

/**
 * How the record is known, in full, for editors: the stated tally and its source key, the tally
 * check, derived and non-participating votes, each source's kind and working note, and every data
 * issue with its source row and evidence. The public page shows none of the notes or rows.
 */
export function DraftRecordNotes({ draft }: { draft: DraftDetail }) {
  const t = useTranslations("admin.draftRecord");
  const tk = useTranslations("resolutions.detail.sourceKinds");
  const yesNo = (b: boolean) => t(b ? "yes" : "no");
  const derived = draft.votes.filter((v) => v.derived).map((v) => v.member);
  const recordedAs = draft.votes.filter((v) => v.recordedAs).map((v) => `${v.member} (${v.recordedAs} → ${v.vote})`);
  return (
    <section aria-labelledby="record-notes-heading" className="space-y-4 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 id="record-notes-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("statedTally")}</dt>
        <dd>{draft.statedTally ? `${tallyText(draft.statedTally)}${draft.statedTallyFrom ? ` — ${draft.statedTallyFrom}` : ""}` : t("none")}</dd>
        <dt className="font-medium">{t("tallyCheck")}</dt>
        <dd>{t(`checks.${draft.tallyCheck ?? "none"}`)}</dd>
        <dt className="font-medium">{t("votesDerived")}</dt>
        <dd>
          {yesNo(draft.votesDerived)}
          {derived.length > 0 && ` — ${derived.join(", ")}`}
        </dd>
        <dt className="font-medium">{t("recordedAs")}</dt>
        <dd>{recordedAs.length > 0 ? recordedAs.join(", ") : t("none")}</dd>
        <dt className="font-medium">{t("unconfirmed")}</dt>
        <dd>{yesNo(draft.unconfirmed)}</dd>
      </dl>

      <AdminTable caption={t("sources")} columns={[{ label: t("kind") }, { label: t("source") }, { label: t("note") }]}>
        {draft.sources.map((s) => (
          <tr key={s.key} className={adminRowClass}>
            <td className="py-2 pr-3">{tk(s.kind)}</td>
            <td className="py-2 pr-3" lang="en">
              {s.title}
              <span className="block break-all text-xs text-slate-600 dark:text-slate-400">{s.key}</span>
            </td>
            <td className="py-2 pr-3" lang="en">
              {s.note ?? "—"}
            </td>
          </tr>
        ))}
      </AdminTable>

      {draft.dataIssues.length === 0 ? (
        <p className="text-sm">{t("noIssues")}</p>
      ) : (
        <AdminTable caption={t("issues")} columns={[{ label: t("kind") }, { label: t("reason") }, { label: t("sourceRow") }]}>
          {draft.dataIssues.map((i, n) => (
            <tr key={n} className={adminRowClass}>
              <td className="py-2 pr-3 font-mono text-xs">{i.kind}</td>
              <td className="py-2 pr-3" lang="en">
                {i.reason}
                {i.evidence !== null && i.evidence !== undefined && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs">{t("evidence")}</summary>
                    <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all text-xs">{JSON.stringify(i.evidence, null, 2)}</pre>
                  </details>
                )}
              </td>
              <td className="py-2 pr-3 text-xs">{[i.sourceFile, i.sourceRow].filter(Boolean).join(", ")}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </section>
  );
}
