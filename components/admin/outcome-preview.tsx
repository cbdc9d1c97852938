"use client";

import { useLocale, useTranslations } from "next-intl";
import { decideOutcome, type VoteCast } from "@/lib/council/rules";
import { membersInSentence } from "@/components/resolutions/names";
import type { GridMember } from "@/lib/admin/queries";

export interface PreviewInput {
  votedOn: string;
  procedural: boolean;
  modality: string;
  votes: Record<string, string>;
}

/**
 * What the rules in lib/council give for the grid as it stands — shown while the form is filled
 * in. Only a preview: the server computes the outcome again from the saved votes.
 */
export function OutcomePreview({ input, members }: { input: PreviewInput; members: GridMember[] }) {
  const t = useTranslations("admin.preview");
  const locale = useLocale();
  let body: React.ReactNode;
  if (input.modality === "WITHOUT_VOTE") body = <p className="font-semibold">{t("withoutVote")}</p>;
  else if (members.length === 0) body = <p>{t("noMembers")}</p>;
  else {
    const byCode = new Map(members.map((m) => [m.code, m]));
    const votes = Object.entries(input.votes)
      .filter(([code, v]) => byCode.has(code) && ["Y", "N", "A", "X"].includes(v))
      .map(([member, vote]) => ({ member, vote: vote as VoteCast }));
    const missing = members.length - votes.length;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(input.votedOn) ? input.votedOn : new Date().toISOString().slice(0, 10);
    const d = decideOutcome({ date, procedural: input.procedural, votes });
    const vetoers = d.vetoedBy.map((c) => byCode.get(c)).filter((m): m is GridMember => !!m);
    const outcome =
      d.outcome === "VETOED"
        ? t("vetoed", { members: membersInSentence(vetoers, locale) })
        : d.outcome === "ADOPTED"
          ? input.procedural
            ? t("adoptedProcedural")
            : t("adopted")
          : t("failed", { yes: d.tally.yes, required: d.required });
    body = (
      <>
        <p className="text-lg font-semibold" data-testid="outcome-preview">
          <span aria-hidden="true">{d.outcome === "ADOPTED" ? "✓ " : d.outcome === "VETOED" ? "✕ " : "– "}</span>
          {outcome}
        </p>
        <p className="tabular-nums">
          {t("tally", { yes: d.tally.yes, no: d.tally.no, abstain: d.tally.abstain, nonVoting: d.tally.nonVoting, required: d.required })}
        </p>
        {missing > 0 && <p className="font-medium text-amber-900 dark:text-amber-200">{t("missing", { count: missing, total: members.length })}</p>}
      </>
    );
  }
  return (
    <section aria-labelledby="preview-heading" className="rounded border-2 border-sky-700 bg-sky-50 p-4 dark:border-sky-500 dark:bg-sky-950">
      <h2 id="preview-heading" className="text-sm font-semibold uppercase tracking-wide text-sky-900 dark:text-sky-200">
        {t("heading")}
      </h2>
      <div aria-live="polite" className="mt-1 space-y-1">
        {body}
      </div>
      <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">{t("note")}</p>
    </section>
  );
}
