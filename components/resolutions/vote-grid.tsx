import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { VOTE_CASTS, type VoteCast } from "@/lib/council/rules";
import type { DraftVote } from "@/lib/queries/draft-detail";
import { recordedName } from "./names";

// Colour, icon and heading text each tell the groups apart (colour is never the only signal).
const GROUP_STYLE: Record<VoteCast, { icon: string; box: string; mark: string }> = {
  Y: { icon: "✓", box: "border-l-emerald-600 dark:border-l-emerald-400", mark: "text-emerald-800 dark:text-emerald-300" },
  N: { icon: "✕", box: "border-l-red-600 dark:border-l-red-400", mark: "text-red-800 dark:text-red-300" },
  A: { icon: "○", box: "border-l-amber-500 dark:border-l-amber-300", mark: "text-amber-800 dark:text-amber-200" },
  X: { icon: "–", box: "border-l-slate-400 dark:border-l-slate-500", mark: "text-slate-600 dark:text-slate-400" },
};

/**
 * Members that sat that day, grouped in favour / against / abstaining / not participating. A vote
 * only the stated tally gives (`derived`) and one a compilation recorded otherwise (`recordedAs`,
 * with `recordedIn` naming that compilation when known) say so in words.
 */
export function VoteGrid({
  votes,
  vetoers,
  derived = [],
  recordedIn = null,
}: {
  votes: DraftVote[];
  vetoers: readonly string[];
  derived?: readonly string[];
  recordedIn?: string | null;
}) {
  const t = useTranslations("resolutions.detail");
  const tc = useTranslations("common");
  const locale = useLocale();
  const groups = VOTE_CASTS.map((cast) => ({ cast, members: votes.filter((v) => v.vote === cast) }));
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {groups.map(({ cast, members }) => {
        const style = GROUP_STYLE[cast];
        const headingId = `vote-group-${cast}`;
        return (
          <section
            key={cast}
            aria-labelledby={headingId}
            className={`rounded-lg border border-l-4 border-slate-200 p-3 dark:border-slate-800 ${style.box} ${members.length === 0 ? "opacity-80" : ""}`}
          >
            <h3 id={headingId} className="flex items-center gap-2 font-semibold">
              <span aria-hidden="true" className={`text-lg ${style.mark}`}>
                {style.icon}
              </span>
              {t("group", { vote: tc(`vote.${cast}`), count: members.length })}
            </h3>
            {members.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("groupEmpty")}</p>
            ) : (
              <ul className="mt-2 grid grid-cols-1 gap-1.5 min-[420px]:grid-cols-2">
                {members.map((m) => {
                  // English shows the name recorded at the time (USSR, Zaire); Thai shows today's
                  // Thai name and, when it differs, the recorded name.
                  const recorded = recordedName(m.nameAtTime, m.nameEn);
                  const primary = locale === "th" ? m.nameTh || m.nameEn : (recorded ?? m.nameEn);
                  const secondary = locale === "th" ? recorded : null;
                  return (
                    <li key={m.member} className="flex flex-wrap items-center gap-1.5 rounded bg-slate-50 px-2 py-1.5 text-sm dark:bg-slate-900">
                      <Link href={`/countries/${m.member}`} className="font-medium text-sky-900 underline underline-offset-2 dark:text-sky-200">
                        {primary}
                      </Link>
                      {secondary && (
                        <span lang="en" className="text-xs text-slate-600 dark:text-slate-400">
                          ({secondary})
                        </span>
                      )}
                      {m.permanent && (
                        <abbr
                          title={tc("permanent")}
                          className="rounded border border-slate-400 px-1 text-[0.7rem] font-bold no-underline dark:border-slate-500"
                        >
                          {t("permanentBadge")}
                          <span className="sr-only"> — {tc("permanent")}</span>
                        </abbr>
                      )}
                      {vetoers.includes(m.member) && (
                        <span className="rounded bg-red-700 px-1 text-[0.7rem] font-bold uppercase text-white dark:bg-red-300 dark:text-slate-950">
                          {t("vetoBadge")}
                        </span>
                      )}
                      {derived.includes(m.member) && (
                        <span
                          className={
                            "rounded border border-dashed border-slate-500 px-1 text-[0.7rem] italic text-slate-700 " +
                            "dark:border-slate-400 dark:text-slate-300"
                          }
                        >
                          {t("derivedBadge")}
                        </span>
                      )}
                      {m.recordedAs && m.recordedAs !== m.vote && (
                        <span className="basis-full text-xs text-slate-700 dark:text-slate-300">
                          {t("recordedAs", { recorded: m.recordedAs, hasSource: recordedIn ? "yes" : "no", source: recordedIn ?? "" })}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
