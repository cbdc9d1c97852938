import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { VOTE_KINDS, type CountryProfile } from "@/lib/queries/countries";
import { ColHeader, DataTable } from "./data-table";
import { LINK, TD, TD_NUM, THEAD, TH_ROW, TR } from "./table-styles";

// Shape as well as colour tells the kinds apart.
const MARK = { Y: "✓", N: "✕", A: "○", X: "–" } as const;

export function VoteCounts({ profile }: { profile: CountryProfile }) {
  const t = useTranslations("countries.detail.votes");
  const tc = useTranslations("common.vote");
  const format = useFormatter();
  const total = profile.totalVotes;
  return (
    <>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("summary", { total })}</p>
      <DataTable caption={t("caption")} className="mt-3 max-w-2xl">
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
            <tr key={kind} className={TR}>
              <th scope="row" className={TH_ROW}>
                <span aria-hidden="true" className="mr-1 inline-block w-4 text-center">
                  {MARK[kind]}
                </span>
                {tc(kind)}
              </th>
              <td className={TD_NUM}>{format.number(profile.votes[kind])}</td>
              <td className={TD_NUM}>{total > 0 ? format.number(profile.votes[kind] / total, { style: "percent", maximumFractionDigits: 1 }) : "—"}</td>
              <td className={TD}>
                {profile.votes[kind] > 0 && (
                  <Link href={`/resolutions?country=${profile.code}&vote=${kind}`} className={LINK}>
                    {t("list")}
                    <span className="sr-only"> ({tc(kind)})</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
