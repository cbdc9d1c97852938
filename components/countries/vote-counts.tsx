import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { countryFigureHref } from "@/lib/country-links";
import { VOTE_KINDS, type CountryProfile } from "@/lib/queries/countries";
import { ColHeader, DataTable } from "./data-table";
import { LINK, TD, TD_NUM, THEAD, TH_ROW, TR } from "./table-styles";

// Shape as well as colour tells the kinds apart.
const MARK = { Y: "✓", N: "✕", A: "○", X: "–" } as const;
const DEFINITION = "mt-0.5 block text-xs font-normal text-slate-600 dark:text-slate-400";

// Each row states what it counts, and its link lists exactly those drafts (lib/country-links.ts).
export function VoteCounts({ profile, permanent }: { profile: CountryProfile; permanent: boolean }) {
  const t = useTranslations("countries.detail.votes");
  const tc = useTranslations("common.vote");
  const format = useFormatter();
  const total = profile.totalVotes;
  const listLink = (href: string, label: string, text = t("list")) => (
    <Link href={href} className={LINK}>
      {text}
      <span className="sr-only"> ({label})</span>
    </Link>
  );
  return (
    <>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("summary", { total })}</p>
      <DataTable caption={t("caption")} className="mt-3 max-w-3xl">
        <thead className={THEAD}>
          <tr>
            <ColHeader>{t("kind")}</ColHeader>
            <ColHeader align="right">{t("count")}</ColHeader>
            <ColHeader align="right">{t("share")}</ColHeader>
            <ColHeader>
              <span className="sr-only">{t("list")}</span>
            </ColHeader>
          </tr>
        </thead>
        <tbody>
          {VOTE_KINDS.map((kind) => (
            <tr key={kind} className={TR} data-figure={kind}>
              <th scope="row" className={TH_ROW}>
                <span aria-hidden="true" className="mr-1 inline-block w-4 text-center">
                  {MARK[kind]}
                </span>
                {tc(kind)}
                <span className={DEFINITION}>{t(`define.${kind}`, { vetoOnly: profile.vetoOnly })}</span>
              </th>
              <td className={TD_NUM}>{format.number(profile.votes[kind])}</td>
              <td className={TD_NUM}>{total > 0 ? format.number(profile.votes[kind] / total, { style: "percent", maximumFractionDigits: 1 }) : "—"}</td>
              <td className={TD}>{profile.votes[kind] > 0 && listLink(countryFigureHref(profile.code, kind), tc(kind))}</td>
            </tr>
          ))}
          {permanent && (
            <tr className={TR} data-figure="vetoes">
              <th scope="row" className={`${TH_ROW} pl-8`}>
                {t("vetoes")}
                <span className={DEFINITION}>{t("define.vetoes")}</span>
              </th>
              <td className={TD_NUM}>{format.number(profile.vetoes)}</td>
              <td className={TD_NUM} />
              <td className={TD}>{profile.vetoes > 0 && listLink(countryFigureHref(profile.code, "vetoes"), t("vetoes"), t("listVetoes"))}</td>
            </tr>
          )}
        </tbody>
      </DataTable>
    </>
  );
}
