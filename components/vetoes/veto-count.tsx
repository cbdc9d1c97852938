import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { DEFAULT_VETO_COUNT, VETO_COUNTS, type VetoCount } from "@/lib/council/rules";

// How the veto figures on a page are counted (lib/council/rules.ts), said in one line wherever
// veto totals appear, and the switch between the UN Library's rule and drafts only. The switch is
// a pair of links (`?count=drafts`, the default left out), so it keeps the page's other filters,
// works without JavaScript and can be shared.

/** The one-line statement of the counting rule in force. */
export function VetoCountNote({ count = DEFAULT_VETO_COUNT, className = "" }: { count?: VetoCount; className?: string }) {
  const t = useTranslations("common.vetoCount");
  return (
    <p className={`text-xs text-slate-600 dark:text-slate-400 ${className}`}>
      {t(count === "drafts" ? "noteDrafts" : "noteLibrary")}{" "}
      <Link href="/about#vetoes" className="underline underline-offset-2">
        {t("how")}
      </Link>
    </p>
  );
}

/**
 * The two ways of counting, as links; `hrefFor` builds the page's address for one of them. With
 * `note`, the statement of the rule follows (the dashboard has it in its cards instead).
 */
export function VetoCountSwitch({
  count = DEFAULT_VETO_COUNT,
  hrefFor,
  note = true,
}: {
  count?: VetoCount;
  hrefFor: (count: VetoCount) => ComponentProps<typeof Link>["href"];
  note?: boolean;
}) {
  const t = useTranslations("common.vetoCount");
  const style = (active: boolean) =>
    `rounded px-2.5 py-1 text-sm ring-1 ring-inset ${
      active
        ? "bg-sky-800 font-semibold text-white ring-sky-800 dark:bg-sky-300 dark:text-slate-950 dark:ring-sky-300"
        : "text-sky-900 ring-slate-300 hover:bg-slate-100 dark:text-sky-200 dark:ring-slate-700 dark:hover:bg-slate-800"
    }`;
  return (
    <div>
      <div role="group" aria-labelledby="veto-count-label" className="flex flex-wrap items-center gap-1.5">
        <span id="veto-count-label" className="mr-1 text-sm font-medium">
          {t("label")}:
        </span>
        {VETO_COUNTS.map((c) => (
          <Link key={c} href={hrefFor(c)} scroll={false} aria-current={c === count ? "true" : undefined} className={style(c === count)}>
            {c === count && <span aria-hidden="true">✓ </span>}
            {t(c)}
          </Link>
        ))}
      </div>
      {note && <VetoCountNote count={count} className="mt-1.5" />}
    </div>
  );
}
