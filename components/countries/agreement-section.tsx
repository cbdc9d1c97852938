import { getFormatter, getTranslations } from "next-intl/server";
import { agreementAxis, barLength, MIN_SHARED_VOTES } from "@/lib/agreement";
import { AGREEMENT_SORTS, getVotingAgreement, type AgreementSort } from "@/lib/queries/countries";
import { getAgreementWithPermanentSeats } from "@/lib/queries/agreement";
import { SERIES_COLOURS, type SeriesKey } from "@/lib/council/seats";
import { localized } from "@/lib/i18n-names";
import { AgreementOverTime, type AgreementLine } from "@/components/agreement/agreement-over-time";
import type { SortOrder } from "@/lib/validations/view-params";
import { Link } from "@/i18n/navigation";
import { MemberCell } from "./member-cell";
import { SortableHeader } from "./sortable-header";
import { ColHeader, DataTable } from "./data-table";
import { LINK, TD_NUM, THEAD, TR } from "./table-styles";

const toggleClass = (active: boolean) =>
  `rounded px-2.5 py-1 text-sm ring-1 ring-inset ${
    active
      ? "bg-sky-800 font-semibold text-white ring-sky-800 dark:bg-sky-300 dark:text-slate-950 dark:ring-sky-300"
      : `${LINK} no-underline ring-slate-300 hover:bg-slate-100 dark:ring-slate-700 dark:hover:bg-slate-800`
  }`;

// Agreement with each other member, on all votes or contested ones only: year by year against each
// permanent seat (chart and table), then over the whole period with every member. Pairs with few
// shared votes are greyed and listed after the others; the bars start at the lowest figure shown.
export async function AgreementSection({
  code,
  name,
  locale,
  sort,
  order,
  contested,
  hrefFor,
  contestedHref,
}: {
  code: string;
  /** The member's name as it reads inside a sentence. */
  name: string;
  locale: string;
  sort: AgreementSort;
  order: SortOrder;
  contested: boolean;
  hrefFor: (sort: AgreementSort, order: SortOrder) => string;
  contestedHref: (contested: boolean) => string;
}) {
  const [t, format, rows, seatYears] = await Promise.all([
    getTranslations("countries.detail.agreement"),
    getFormatter(),
    getVotingAgreement(code, { sort, order, locale, contested }),
    getAgreementWithPermanentSeats(code, { contested }),
  ]);
  const seats = [...new Map(seatYears.map((r) => [r.seat, r])).values()];
  const lines: AgreementLine[] = seats.map((s) => ({
    key: s.seat,
    name: localized(s, locale),
    colour: SERIES_COLOURS[s.seat as SeriesKey] ?? "#64748b",
    rows: seatYears.filter((r) => r.seat === s.seat),
  }));
  const axis = agreementAxis(rows);
  const percent = (n: number) => format.number(n / 100, { style: "percent", maximumFractionDigits: 1 });
  const header = (column: AgreementSort, label: string, align: "left" | "right") => (
    <SortableHeader column={column} label={label} sort={sort} order={order} defaultOrder={AGREEMENT_SORTS[column]} hrefFor={hrefFor} align={align} />
  );
  return (
    <>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("explain")}</p>
      <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("minimum", { min: MIN_SHARED_VOTES })}</p>
      <nav aria-label={t("votesLabel")} className="mt-3 flex flex-wrap gap-2">
        <Link href={contestedHref(false)} className={toggleClass(!contested)} aria-current={contested ? undefined : "true"}>
          {t("allVotes")}
        </Link>
        <Link href={contestedHref(true)} className={toggleClass(contested)} aria-current={contested ? "true" : undefined}>
          {t("contestedVotes")}
        </Link>
      </nav>
      {contested && <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("contestedExplain")}</p>}
      <p className="mt-2">
        <Link href={`/compare?members=${code}`} className={LINK}>
          {t("compareWith", { name })}
        </Link>
      </p>
      {lines.length > 0 && (
        <AgreementOverTime
          lines={lines}
          title={contested ? t("overTimeTitleContested") : t("overTimeTitle")}
          description={t("overTimeDescription", { name })}
          locale={locale}
        />
      )}
      {rows.length === 0 ? (
        <p className="mt-3">{t("none")}</p>
      ) : (
        <DataTable caption={contested ? t("captionContested") : t("caption")} className="mt-3 max-h-[36rem] overflow-y-auto">
          <thead className={`sticky top-0 ${THEAD}`}>
            <tr>
              {header("name", t("member"), "left")}
              {header("shared", t("shared"), "right")}
              <ColHeader align="right">{t("same")}</ColHeader>
              {header("agreement", t("agreement"), "right")}
              <ColHeader>
                <span className="hidden sm:inline">{t("axis", { from: percent(axis.from), to: percent(axis.to) })}</span>
              </ColHeader>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const few = r.shared < MIN_SHARED_VOTES;
              return (
                <tr key={r.code} className={`${TR} ${few ? "text-slate-500 dark:text-slate-500" : ""}`} data-few={few || undefined}>
                  <MemberCell member={r} locale={locale} />
                  <td className={TD_NUM}>{format.number(r.shared)}</td>
                  <td className={TD_NUM}>{format.number(r.same)}</td>
                  <td className={TD_NUM}>
                    {percent(r.agreement)}
                    {few && <span className="block text-xs">{t("few")}</span>}
                  </td>
                  <td className="px-3 py-2 align-middle">
                    {/* A bar for scanning, on the axis in the header; the number carries the value. */}
                    {!few && (
                      <span aria-hidden="true" className="hidden h-2 w-32 overflow-hidden rounded bg-slate-200 sm:block dark:bg-slate-800">
                        <span className="block h-full bg-sky-700 dark:bg-sky-400" style={{ width: `${barLength(r.agreement, axis)}%` }} />
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
