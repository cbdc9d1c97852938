import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { messageOr } from "@/i18n/runtime-keys";
import { KINDS_OF_VOTE } from "@/lib/council/rules";
import type { Coverage, CoverageCounts } from "@/lib/queries/coverage";
import { LINK, TD, TD_NUM, THEAD, TH_ROW, TR } from "@/components/countries/table-styles";
import { displayYear } from "@/lib/years";

// /coverage: one row per year (totals on top) with the votes by kind and outcome, how completely
// they are recorded (count and share of the year's votes), and the known gaps by kind.

type Translate = ReturnType<typeof useTranslations<"coverage">>;

/** A data_issue kind in the reader's words; an unknown kind is named as it is stored. */
export function gapLabel(t: Translate, kind: string): string {
  return messageOr(t, `gapKinds.${kind}`, t("gapKinds.other", { kind }));
}

const SHARES = ["statedTally", "recorded", "derived", "meeting"] as const;
const COUNTS = ["flagged", "unconfirmed"] as const;
const OUTCOMES = ["adopted", "vetoed", "failed"] as const;
const GROUP = "border-l border-slate-200 dark:border-slate-700";
// The year stays in view while the table scrolls sideways.
const STICKY = "sticky left-0 z-10";

export function CoverageTable({ coverage }: { coverage: Coverage }) {
  const locale = useLocale();
  const t = useTranslations("coverage");
  const tc = useTranslations("common");
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const share = (v: number, of: number) =>
    of === 0 ? t("table.none") : t("table.share", { count: n(v), percent: format.number(v / of, { style: "percent", maximumFractionDigits: 0 }) });
  const caption = t("table.caption");

  const cells = (c: CoverageCounts, all = false) => (
    <>
      <td className={`${TD_NUM} font-semibold`}>{n(c.votes)}</td>
      {KINDS_OF_VOTE.map((k, i) => (
        <td key={k} className={`${TD_NUM} ${i === 0 ? GROUP : ""}`}>{n(c.kinds[k])}</td>
      ))}
      {OUTCOMES.map((o, i) => (
        <td key={o} className={`${TD_NUM} ${i === 0 ? GROUP : ""}`}>{n(c[o])}</td>
      ))}
      {SHARES.map((s, i) => (
        <td key={s} className={`${TD_NUM} whitespace-nowrap ${i === 0 ? GROUP : ""}`}>{share(c[s], c.votes)}</td>
      ))}
      {COUNTS.map((s) => (
        <td key={s} className={TD_NUM}>{n(c[s])}</td>
      ))}
      {/* A width on the cell itself is ignored by table layout; the list inside keeps the column readable. */}
      <td className={`${TD} ${GROUP} text-xs`}>
        <div className="w-80">
        {Object.keys(c.issues).length === 0 ? (
          t("table.none")
        ) : all ? (
          // Every kind of every year: listed once, below the table.
          <a href="#gaps" className={LINK}>
            {t("table.allGaps", { count: Object.values(c.issues).reduce((s, x) => s + x, 0) })}
          </a>
        ) : (
          <ul className="space-y-0.5">
            {Object.entries(c.issues)
              .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
              .map(([kind, count]) => (
                <li key={kind}>
                  {gapLabel(t, kind)}: <span className="tabular-nums">{n(count)}</span>
                </li>
              ))}
          </ul>
        )}
        </div>
      </td>
    </>
  );

  return (
    <div role="region" aria-label={caption} tabIndex={0} className="mt-4 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full min-w-[104rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" rowSpan={2} className={`${STICKY} bg-slate-100 px-3 py-2 text-left align-bottom font-semibold dark:bg-slate-900`}>
              {t("table.year")}
            </th>
            <th scope="col" rowSpan={2} className="px-3 py-2 text-right align-bottom font-semibold">{t("table.votes")}</th>
            <th scope="colgroup" colSpan={KINDS_OF_VOTE.length} className={`px-3 pt-2 text-left font-semibold ${GROUP}`}>{t("table.kinds")}</th>
            <th scope="colgroup" colSpan={OUTCOMES.length} className={`px-3 pt-2 text-left font-semibold ${GROUP}`}>{t("table.outcomes")}</th>
            <th scope="colgroup" colSpan={SHARES.length + COUNTS.length} className={`px-3 pt-2 text-left font-semibold ${GROUP}`}>{t("table.record")}</th>
            <th scope="col" rowSpan={2} className={`px-3 py-2 text-left align-bottom font-semibold ${GROUP}`}>{t("table.gaps")}</th>
          </tr>
          <tr>
            {KINDS_OF_VOTE.map((k, i) => (
              <th key={k} scope="col" className={`px-3 pb-2 text-right font-medium ${i === 0 ? GROUP : ""}`}>{tc(`kindOfVote.${k}`)}</th>
            ))}
            {OUTCOMES.map((o, i) => (
              <th key={o} scope="col" className={`px-3 pb-2 text-right font-medium ${i === 0 ? GROUP : ""}`}>
                {tc(`outcome.${o.toUpperCase() as Uppercase<typeof o>}`)}
              </th>
            ))}
            {[...SHARES, ...COUNTS].map((s, i) => (
              <th key={s} scope="col" className={`px-3 pb-2 text-right font-medium ${i === 0 ? GROUP : ""}`}>{t(`table.${s}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className={`${TR} bg-slate-50 font-semibold dark:bg-slate-900/60`}>
            <th scope="row" className={`${TH_ROW} ${STICKY} bg-slate-50 dark:bg-slate-900`}>{t("table.total")}</th>
            {cells(coverage.total, true)}
          </tr>
          {coverage.years.map((y) => (
            <tr key={y.year} className={TR}>
              <th scope="row" className={`${TH_ROW} ${STICKY} bg-white tabular-nums dark:bg-slate-950`}>
                <Link href={`/resolutions?from=${y.year}&to=${y.year}`} className={LINK} aria-label={t("table.yearLink", { year: displayYear(y.year, locale) })}>
                  {displayYear(y.year, locale)}
                </Link>
              </th>
              {cells(y)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GapKinds({ coverage }: { coverage: Coverage }) {
  const t = useTranslations("coverage");
  const format = useFormatter();
  if (coverage.issueKinds.length === 0) return <p className="mt-3">{t("gapsNone")}</p>;
  return (
    <>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("gapsIntro")}</p>
      <ul className="mt-3 max-w-4xl space-y-1 text-sm">
        {coverage.issueKinds.map(({ kind, count }) => (
          <li key={kind}>
            <span className="inline-block min-w-10 pr-2 text-right font-semibold tabular-nums">{format.number(count)}</span>
            {gapLabel(t, kind)} <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{kind}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
