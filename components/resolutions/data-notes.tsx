import { useTranslations } from "next-intl";
import type { ReaderNote } from "@/lib/draft-record";

/**
 * What the sources leave uncertain about this vote, in the reader's words. The full reasons, with
 * the source files, rows and evidence, are in the API and the admin view, not here.
 */
export function DataNotes({ notes }: { notes: readonly ReaderNote[] }) {
  const t = useTranslations("resolutions.detail");
  if (notes.length === 0) return null;
  const text = (n: ReaderNote): string => {
    switch (n.key) {
      case "sourcesDisagree":
        return t("readerNotes.sourcesDisagree", { field: n.field, hasSource: n.source ? "yes" : "no", source: n.source ?? "" });
      case "missingMember":
        return t("readerNotes.missingMember", { count: n.count });
      case "mislabelled":
        return t("readerNotes.mislabelled", { hasLabel: n.label ? "yes" : "no", label: n.label ?? "" });
      default:
        return t(`readerNotes.${n.key}`);
    }
  };
  return (
    <aside
      aria-labelledby="data-note-heading"
      className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
    >
      <h2 id="data-note-heading" className="flex items-center gap-2 font-semibold">
        <span aria-hidden="true">⚠</span>
        {t("dataNote")}
      </h2>
      <p className="mt-1 text-sm">{t("dataNoteIntro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {notes.map((n, i) => (
          <li key={i} className="text-sm">
            {text(n)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
