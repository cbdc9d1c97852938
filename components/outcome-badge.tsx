import { useTranslations } from "next-intl";

const STYLES = {
  ADOPTED: "bg-emerald-100 text-emerald-900 ring-emerald-700/30 dark:bg-emerald-950 dark:text-emerald-200",
  VETOED: "bg-red-100 text-red-900 ring-red-700/30 dark:bg-red-950 dark:text-red-200",
  FAILED: "bg-slate-200 text-slate-900 ring-slate-700/30 dark:bg-slate-800 dark:text-slate-200",
} as const;
// Shape as well as colour tells the outcome apart (colour-blind readers, print).
const ICONS = { ADOPTED: "✓", VETOED: "✕", FAILED: "–" } as const;

export function OutcomeBadge({ outcome }: { outcome: keyof typeof STYLES }) {
  const t = useTranslations("common.outcome");
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[outcome]}`}>
      <span aria-hidden="true">{ICONS[outcome]}</span>
      {t(outcome)}
    </span>
  );
}

/** "13–1–1" (in favour – against – abstaining), the way the UN press reports tallies. */
export function TallyText({ yes, no, abstain }: { yes: number | null; no: number | null; abstain: number | null }) {
  if (yes === null) return <span className="text-slate-500">—</span>;
  return <span className="tabular-nums">{`${yes}–${no ?? 0}–${abstain ?? 0}`}</span>;
}
