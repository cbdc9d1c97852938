import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { VOTE_KINDS, type CountryProfile } from "@/lib/queries/countries";
import { CAPTION, LINK, TABLE, TABLE_WRAP, TD, TD_NUM, TH_ROW, THEAD, TR } from "./table-styles";

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
      <div className={`mt-3 max-w-2xl ${TABLE_WRAP}`}>
        <table className={TABLE}>
          <caption className={CAPTION}>{t("caption")}</caption>
          <thead className={THEAD}>
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-semibold">{t("kind")}</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">{t("count")}</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">{t("share")}</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold"><span className="sr-only">{t("list")}</span></th>
            </tr>
          </thead>
          <tbody>
            {VOTE_KINDS.map((kind) => (
              <tr key={kind} className={TR}>
                <th scope="row" className={TH_ROW}>
                  <span aria-hidden="true" className="mr-1 inline-block w-4 text-center">{MARK[kind]}</span>
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
        </table>
      </div>
    </>
  );
}
