import { useTranslations } from "next-intl";

// Utilities defined in app/globals.css.
const STYLES = { ADOPTED: "badge-adopted", VETOED: "badge-vetoed", FAILED: "badge-failed" } as const;
// Shape as well as colour tells the outcome apart (colour-blind readers, print).
const ICONS = { ADOPTED: "✓", VETOED: "✕", FAILED: "–" } as const;

/** `note` qualifies the outcome inside the badge ("Vetoed · unconfirmed"), so it is never read apart from it. */
export function OutcomeBadge({ outcome, note }: { outcome: keyof typeof STYLES; note?: string }) {
  const t = useTranslations("common.outcome");
  return (
    <span className={`badge-outcome ${STYLES[outcome]}`}>
      <span aria-hidden="true">{ICONS[outcome]}</span>
      {t(outcome)}
      {note && <span className="font-normal italic">· {note}</span>}
    </span>
  );
}

/** "13–1–1" (in favour – against – abstaining), the way the UN press reports tallies. */
export function TallyText({ yes, no, abstain }: { yes: number | null; no: number | null; abstain: number | null }) {
  if (yes === null) return <span className="text-slate-500">—</span>;
  return <span className="tabular-nums">{`${yes}–${no ?? 0}–${abstain ?? 0}`}</span>;
}
