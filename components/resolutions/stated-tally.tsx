import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { derivedVotes, tallyText, type SourceRef } from "@/lib/draft-record";
import type { DraftDetail } from "@/lib/queries/draft-detail";
import { membersInSentence } from "./names";

const LINK = "text-sky-900 underline underline-offset-2 hover:no-underline dark:text-sky-200";

/**
 * The values a message needs to name a source: `<source>{sourceTitle}</source>` renders its title
 * (the sources are in English), linked when it has an address.
 */
export function sourceValues(source: SourceRef | null) {
  return {
    hasSource: source ? "yes" : "no",
    sourceTitle: source?.title ?? "",
    source: (chunks: ReactNode) => (
      <span lang="en">
        {source?.url ? (
          <a href={source.url} className={LINK} rel="noopener noreferrer">
            {chunks}
          </a>
        ) : (
          chunks
        )}
      </span>
    ),
  };
}

/**
 * When the UN's stated tally and the member votes disagree: both figures and where each comes
 * from. The page's headline tally is then the UN's (headlineTally in outcome-summary.tsx).
 */
export function TallyDisagreementNotice({ draft }: { draft: DraftDetail }) {
  const t = useTranslations("resolutions.detail.tallyDisagrees");
  const d = draft.tallyDisagreement;
  if (!d) return null;
  return (
    <aside
      role="note"
      aria-labelledby="tally-disagrees-heading"
      className="rounded-lg border-2 border-slate-500 bg-slate-50 p-4 dark:border-slate-400 dark:bg-slate-900"
    >
      <h2 id="tally-disagrees-heading" className="flex items-center gap-2 font-semibold">
        <span aria-hidden="true">⚖</span>
        {t("heading")}
      </h2>
      <p className="mt-1">
        {t.rich("body", {
          stated: tallyText(d.stated),
          grid: tallyText(d.grid),
          ...sourceValues(d.gridFrom),
        })}
      </p>
    </aside>
  );
}

/**
 * How the member votes below are known: the UN's stated tally and its source, whether the grid
 * matches it, which members were read as not participating, and which votes only the tally gives.
 */
export function HowVotesAreKnown({ draft }: { draft: DraftDetail }) {
  const t = useTranslations("resolutions.detail");
  const locale = useLocale();
  const stated = draft.statedTally;
  const lines: ReactNode[] = [];

  if (stated) {
    lines.push(
      <p key="stated">
        {t.rich("statedTally", {
          ...stated,
          tally: tallyText(stated),
          ...sourceValues(draft.statedTallySource),
        })}
      </p>,
    );
  }
  if (draft.tallyCheck === "AGREES" && draft.votes.length > 0) {
    lines.push(
      <p key="agrees" className="text-sm text-slate-600 dark:text-slate-400">
        {t("tallyAgrees")}
      </p>,
    );
  }
  if (draft.tallyCheck === "NON_PARTICIPATION" && stated) {
    // One sentence per way the compilation recorded them (in practice: abstaining).
    for (const recorded of ["A", "Y", "N"] as const) {
      const members = draft.votes.filter((v) => v.recordedAs === recorded);
      if (members.length === 0) continue;
      lines.push(
        <p key={`np-${recorded}`} role="note" className="font-medium">
          {t.rich("nonParticipation", {
            // Opens the sentence: "The Russian Federation did not participate."
            members: membersInSentence(members, locale).replace(/^the /, "The "),
            recorded,
            count: members.length,
            tally: tallyText(stated),
            ...sourceValues(draft.gridSource),
          })}
        </p>,
      );
    }
  }
  const derived = derivedVotes(draft.votes, draft.votesDerived);
  if (derived) {
    const single = derived.groups.length === 1;
    const groups = new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(
      derived.groups.map((g) => t("derivedGroup", { scope: single ? derived.scope : "none", count: g.count, vote: g.vote })),
    );
    lines.push(<p key="derived">{t("derivedExplanation", { hasTally: stated ? "yes" : "no", tally: stated ? tallyText(stated) : "", groups })}</p>);
  }
  if (lines.length === 0) return null;
  return <div className="space-y-1 text-slate-800 dark:text-slate-200">{lines}</div>;
}
