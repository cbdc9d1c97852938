import { useFormatter, useLocale, useTranslations } from "next-intl";
import { messageOr } from "@/i18n/runtime-keys";
import { ColHeader, DataTable } from "@/components/countries/data-table";
import { LINK, TD, TD_NUM, THEAD, TH_ROW, TR } from "@/components/countries/table-styles";
import { isoToDate } from "@/components/resolutions/names";
import { Link } from "@/i18n/navigation";
import { CHINA_SUCCESSION_DATE, RUSSIA_SUCCESSION_DATE } from "@/lib/council/rules";
import type { ArticleSource, DataIssueKind, DataTotals, SourceCoverageList } from "@/lib/queries/about";
import { draftPath } from "@/lib/validations/draft-ref";
import { displayYearRange } from "@/lib/years";

// The /about page's sections: static explanations from the messages, figures from the database.

function Bullets({ items }: { items: string[] }) {
  return (
    <ul className="mt-3 max-w-3xl list-disc space-y-2 pl-5 text-slate-800 dark:text-slate-200">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function CoverageSection({ totals, sources }: { totals: DataTotals; sources: SourceCoverageList }) {
  const t = useTranslations("about.coverage");
  const format = useFormatter();
  const locale = useLocale();
  const n = (v: number) => format.number(v);
  const date = (iso: string | null) => (iso ? format.dateTime(isoToDate(iso), { dateStyle: "long" }) : "—");
  return (
    <>
      <p className="mt-3 max-w-3xl">
        {t("totals", {
          drafts: n(totals.drafts),
          adopted: n(totals.adopted),
          vetoed: n(totals.vetoed),
          failed: n(totals.failed),
          votes: n(totals.votes),
          vetoes: n(totals.vetoes),
          members: n(totals.members),
          first: date(totals.firstDate),
          last: date(totals.lastDate),
        })}
      </p>
      <p className="mt-3 max-w-3xl">{t("modalities", { withoutVote: n(totals.withoutVote), noRollCall: n(totals.noRollCall) })}</p>
      <h3 className="mt-6 text-lg font-semibold">{t("periodsHeading")}</h3>
      <Bullets items={t.raw("periods") as string[]} />
      {sources.files.length > 0 && (
        <DataTable caption={t("tableCaption")} className="mt-4" minWidth="min-w-[40rem]">
          <thead className={THEAD}>
            <tr>
              <ColHeader>{t("source")}</ColHeader>
              <ColHeader>{t("period")}</ColHeader>
              <ColHeader align="right">{t("drafts")}</ColHeader>
              <ColHeader>{t("licence")}</ColHeader>
            </tr>
          </thead>
          <tbody>
            {sources.files.map((s) => (
              <tr key={s.key} className={TR}>
                <th scope="row" className={`${TH_ROW} max-w-sm`}>
                  {s.url ? (
                    <a href={s.url} className={LINK} rel="noopener noreferrer" lang="en">
                      {s.title}
                    </a>
                  ) : (
                    <span lang="en">{s.title}</span>
                  )}
                  {s.outlet && (
                    <span className="block text-xs font-normal text-slate-600 dark:text-slate-400" lang="en">
                      {s.outlet}
                    </span>
                  )}
                </th>
                <td className={`${TD} whitespace-nowrap`}>
                  {s.firstDate && s.lastDate
                    ? `${date(s.firstDate)} – ${date(s.lastDate)}`
                    : s.firstYear
                      ? displayYearRange(s.firstYear, s.lastYear ?? s.firstYear, locale)
                      : "—"}
                </td>
                <td className={TD_NUM}>{s.drafts > 0 ? n(s.drafts) : "—"}</td>
                <td className={`${TD} max-w-sm text-xs`} lang="en">
                  {s.licence ?? "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {sources.pages > 0 && <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{t("pages", { count: sources.pages })}</p>}
    </>
  );
}

export function StaticListSection({ namespace }: { namespace: "about.licences" | "about.search" }) {
  const t = useTranslations(namespace);
  return <Bullets items={t.raw("items") as string[]} />;
}

/**
 * How vetoes are counted: what a veto is, the UN Library's rule the totals follow, why other
 * published totals differ, and where completeness is reported (/coverage).
 */
export function VetoCountingSection() {
  const t = useTranslations("about.vetoes");
  return (
    <>
      <Bullets items={t.raw("items") as string[]} />
      <h3 className="mt-6 text-lg font-semibold">{t("ruleHeading")}</h3>
      <p className="mt-2 max-w-3xl">{t("rule")}</p>
      <h3 className="mt-6 text-lg font-semibold">{t("differHeading")}</h3>
      <Bullets items={t.raw("differ") as string[]} />
      <p className="mt-4 max-w-3xl">
        {t.rich("completeness", {
          link: (chunks) => (
            <Link href="/coverage" className={LINK}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </>
  );
}

export function SuccessionsSection() {
  const t = useTranslations("about.successions");
  const format = useFormatter();
  const date = (iso: string) => format.dateTime(isoToDate(iso), { dateStyle: "long" });
  return (
    <div className="mt-3 max-w-3xl space-y-3">
      <p>
        {t("russia", { date: date(RUSSIA_SUCCESSION_DATE) })}{" "}
        <Link href="/countries/SUN" className={LINK}>
          SUN
        </Link>{" "}
        ·{" "}
        <Link href="/countries/RUS" className={LINK}>
          RUS
        </Link>
      </p>
      <p>
        {t("china", { date: date(CHINA_SUCCESSION_DATE) })}{" "}
        <Link href="/countries/CHN" className={LINK}>
          CHN
        </Link>
      </p>
      <p>{t("others")}</p>
    </div>
  );
}

export function GapsSection({ issues }: { issues: DataIssueKind[] }) {
  const t = useTranslations("about.gaps");
  const format = useFormatter();
  if (issues.length === 0) return <p className="mt-3">{t("none")}</p>;
  const kindLabel = (kind: string) => messageOr(t, `kinds.${kind}`, kind);
  return (
    <>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <DataTable caption={t("caption")} className="mt-4" minWidth="min-w-[40rem]">
        <thead className={THEAD}>
          <tr>
            <ColHeader>{t("kind")}</ColHeader>
            <ColHeader align="right">{t("count")}</ColHeader>
            <ColHeader>{t("examples")}</ColHeader>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.kind} className={TR}>
              <th scope="row" className={`${TH_ROW} max-w-56`}>
                {kindLabel(issue.kind)}
                <span className="block font-mono text-xs font-normal text-slate-500 dark:text-slate-400">{issue.kind}</span>
              </th>
              <td className={TD_NUM}>{format.number(issue.count)}</td>
              <td className={TD}>
                <ul className="space-y-1 text-xs" lang="en">
                  {issue.examples.map((e, i) => (
                    <li key={i}>
                      {e.ref ? (
                        <>
                          <Link href={draftPath(e.ref)} className={`${LINK} font-mono`}>
                            {e.ref}
                          </Link>
                          {e.year !== null && ` (${e.year})`}: {e.reason}
                        </>
                      ) : (
                        <>
                          <span className="font-mono">
                            {e.sourceFile}
                            {e.sourceRow ? ` #${e.sourceRow}` : ""}
                          </span>
                          : {e.reason}
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

export function ArticleSection({ articles }: { articles: ArticleSource[] }) {
  const t = useTranslations("about.article");
  return (
    <>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <p className="mt-2">
        <Link href={draftPath("S/2024/255")} className={LINK}>
          {t("draftLink")}
        </Link>
      </p>
      {articles.map((a) => (
        <blockquote key={a.key} lang={a.language} className="mt-4 max-w-3xl space-y-3 border-l-4 border-slate-300 pl-4 leading-relaxed dark:border-slate-700">
          {/* The stored text usually opens with its headline; show the title only when it does not. */}
          {!a.text.startsWith(a.title) && <p className="font-semibold">{a.title}</p>}
          {a.text.split(/\n\s*\n/).map((para, i) => (
            <p key={i} className={`whitespace-pre-line ${i === 0 && para === a.title ? "font-semibold" : ""}`}>
              {para}
            </p>
          ))}
          {a.outlet && <footer className="text-sm text-slate-600 dark:text-slate-400">— {a.outlet}</footer>}
        </blockquote>
      ))}
    </>
  );
}
