import { useTranslations } from "next-intl";
import type { DraftDataIssue } from "@/lib/queries/drafts";

/** Known problems in the sources for this draft, shown where the reader sees them. */
export function DataNotes({ issues }: { issues: DraftDataIssue[] }) {
  const t = useTranslations("resolutions.detail");
  if (issues.length === 0) return null;
  const kindLabel = (kind: string) => (t.has(`issueKinds.${kind}`) ? t(`issueKinds.${kind}` as "issueKinds.no-roll-call") : kind);
  return (
    <aside aria-labelledby="data-note-heading" className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
      <h2 id="data-note-heading" className="flex items-center gap-2 font-semibold">
        <span aria-hidden="true">⚠</span>
        {t("dataNote")}
      </h2>
      <p className="mt-1 text-sm">{t("dataNoteIntro")}</p>
      <ul className="mt-2 space-y-2">
        {issues.map((issue, i) => (
          <li key={i} className="text-sm">
            <span className="font-semibold">{kindLabel(issue.kind)}:</span> <span lang="en">{issue.reason}</span>
            <span className="block text-xs opacity-80">{t("dataNoteSource", { file: issue.sourceFile, row: issue.sourceRow ?? "none" })}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
