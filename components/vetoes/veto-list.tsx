import { useLocale, useTranslations } from "next-intl";
import { listVetoesCached } from "@/lib/queries/cached";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SERIES_COLOURS, type SeriesKey } from "@/lib/council/seats";
import { localized, localizedLabel } from "@/lib/i18n-names";
import { pageCount } from "@/lib/pagination";
import { effectiveSort, filtersToSearch } from "@/lib/validations/filters";
import type { VetoFilterOptions, VetoFilters, VetoListItem } from "@/lib/queries/vetoes";
import { draftPath } from "@/lib/validations/draft-ref";
import { Pagination } from "@/components/ui/pagination";
import { Swatch } from "@/components/ui/swatch";
import { VoteDate } from "@/components/ui/vote-date";
import { ActiveFilters, hasChipFilters } from "@/components/resolutions/active-filters";
import { RowLink } from "@/components/ui/row-link";
import { ExportLinks } from "@/components/ui/export-links";
import { FeedLink } from "@/components/ui/feed-link";
import { CARD_BODY, CARD_HEAD, CARD_ROW, CARD_TABLE } from "@/components/ui/card-table";

export const LIST_HEIGHT = "min-h-[40rem]";

/** The veto list: one row per vetoed draft, with its vetoing members; paginated by links. */
export async function VetoList({ filters, options }: { filters: VetoFilters; options: VetoFilterOptions }) {
  const [list, t, te] = await Promise.all([listVetoesCached(filters), getTranslations("vetoes.list"), getTranslations("vetoes")]);
  const pages = pageCount(list.total, list.pageSize);
  const caption = t("caption", { sort: t(`sortCaption.${effectiveSort(filters)}`) });

  if (list.total === 0) {
    return (
      <section aria-labelledby="veto-list-title" className={LIST_HEIGHT}>
        <h2 id="veto-list-title" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <div role="status" className="mt-3 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          {hasChipFilters(filters) ? (
            <>
              <p className="font-semibold">{te("empty.title")}</p>
              <div className="mt-3">
                <ActiveFilters path="/vetoes" filters={filters} members={options.members} topics={options.topics} heading={te("empty.loosen")} />
              </div>
            </>
          ) : (
            <p>{te("empty.none")}</p>
          )}
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="veto-list-title" className={LIST_HEIGHT}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="veto-list-title" className="text-lg font-semibold">
          {t("heading")} <span className="font-normal text-slate-600 dark:text-slate-400">· {t("count", { count: list.total })}</span>
        </h2>
        <div className="flex flex-wrap gap-x-4">
          <ExportLinks list="vetoes" filters={filters} />
          <FeedLink kind={{ kind: "vetoes" }} />
        </div>
      </div>
      {list.page > pages ? (
        <p
          role="status"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <Link href={`/vetoes${filtersToSearch(filters, { page: pages })}`} className="underline">
            {t("pageOutOfRange", { page: list.page, last: pages })}
          </Link>
        </p>
      ) : (
        <VetoTable items={list.items} filters={filters} caption={caption} />
      )}
      {list.page <= pages && (
        <Pagination
          page={list.page}
          totalPages={pages}
          label={t("pagination")}
          hrefFor={(p) => `/vetoes${filtersToSearch(filters, { page: p === 1 ? undefined : p })}`}
        />
      )}
    </section>
  );
}

type Rows = { items: VetoListItem[]; filters: VetoFilters; caption: string };

function DraftLink({ item }: { item: VetoListItem }) {
  const t = useTranslations("vetoes.list");
  return (
    <>
      <RowLink href={draftPath(item.ref)}>{item.symbol ?? item.ref}</RowLink>
      {!item.symbol && <small>{t("noSymbol")}</small>}
      {item.objectOfVote !== "DRAFT" && <small>{t(`object.${item.objectOfVote as "AMENDMENT"}`)}</small>}
    </>
  );
}

function Topics({ item, filters }: { item: VetoListItem; filters: VetoFilters }) {
  const locale = useLocale();
  if (item.topics.length === 0) return <>—</>;
  return item.topics.map((topic, i) => (
    <span key={topic.slug}>
      {i > 0 && ", "}
      <RowLink href={`/vetoes${filtersToSearch(filters, { topic: topic.slug, page: undefined })}`}>{localizedLabel(topic, locale)}</RowLink>
    </span>
  ));
}

function Members({ item }: { item: VetoListItem }) {
  const locale = useLocale();
  return (
    <ul>
      {item.members.map((m) => (
        <li key={m.code}>
          <Swatch colour={SERIES_COLOURS[m.holder as SeriesKey]} />
          {localized(m, locale)}
        </li>
      ))}
    </ul>
  );
}

/** Agenda items and titles exist in English only (the UN records). */
function Agenda({ item }: { item: VetoListItem }) {
  const text = item.agendaItem ?? item.title;
  return text ? (
    <span lang="en" className="line-clamp-3">
      {text}
    </span>
  ) : (
    <>—</>
  );
}

// A card per vetoed draft below 1024 px (components/ui/card-table.ts): the draft (column 2) and the
// date (column 1) on top, then the agenda item, the vetoing members, the topics and the meeting.
// Styles are set once here by column, not on each cell.
const TABLE = [
  CARD_TABLE,
  "w-full text-sm [&_tbody_tr>*]:align-top lg:[&_tbody_tr>*]:py-2 lg:[&_tbody_tr>*]:pr-3 lg:[&_tbody_td:last-child]:pr-0",
  "[&_tr>:nth-child(3)]:whitespace-nowrap",
  "max-lg:[&_tbody_tr>*]:col-span-2 max-lg:[&_tbody_tr>:is(:nth-child(1),:nth-child(2))]:col-span-1",
  "max-lg:[&_tbody_tr>:is(:nth-child(1),:nth-child(2))]:row-start-1",
  "max-lg:[&_tbody_tr>:nth-child(2)]:col-start-1 max-lg:[&_tbody_tr>:nth-child(1)]:col-start-2 max-lg:[&_tbody_tr>:nth-child(1)]:justify-self-end",
  "max-lg:[&_tbody_tr>:nth-child(1)]:text-slate-600 max-lg:dark:[&_tbody_tr>:nth-child(1)]:text-slate-400 max-lg:[&_tbody_tr>:nth-child(4)]:order-1",
  "max-lg:[&_tbody_tr>:nth-child(5)]:order-3 max-lg:[&_tbody_tr>:nth-child(6)]:order-2 max-lg:[&_tbody_tr>:nth-child(3)]:order-4",
  // The draft's link and its notes (column 2), the topics' links (column 5): set here, not per row.
  "[&_th_a]:font-medium [&_th_a]:whitespace-nowrap [&_th_a]:text-sky-900 [&_th_a]:underline [&_th_a]:underline-offset-2 dark:[&_th_a]:text-sky-200",
  "[&_th_small]:block [&_th_small]:text-xs [&_th_small]:text-slate-600 dark:[&_th_small]:text-slate-400 [&_td_a]:underline-offset-2 [&_td_a]:hover:underline",
  // The vetoing members (column 6): one per line in the table, side by side in the card.
  "[&_td_ul>li]:flex [&_td_ul>li]:items-center [&_td_ul>li]:whitespace-nowrap",
  "max-lg:[&_td_ul]:inline-flex max-lg:[&_td_ul]:flex-wrap max-lg:[&_td_ul]:gap-x-3 max-lg:[&_td_ul]:align-top",
].join(" ");
const TR = `${CARD_ROW} max-lg:items-baseline max-lg:gap-x-3 lg:border-b lg:border-slate-100 lg:dark:border-slate-800`;

function VetoTable({ items, filters, caption }: Rows) {
  const t = useTranslations("vetoes.list");
  const th = "py-2 pr-3 text-left font-medium";
  return (
    <div role="region" aria-label={t("tableRegion")} tabIndex={0} className="mt-3 lg:overflow-x-auto">
      <table role="table" className={TABLE}>
        <caption className="sr-only">{caption}</caption>
        <thead role="rowgroup" className={CARD_HEAD}>
          <tr role="row" className="border-b border-slate-300 dark:border-slate-600">
            <th role="columnheader" scope="col" className={th}>
              {t("date")}
            </th>
            <th role="columnheader" scope="col" className={th}>
              {t("draft")}
            </th>
            <th role="columnheader" scope="col" className={th}>
              {t("meeting")}
            </th>
            <th role="columnheader" scope="col" className={th}>
              {t("agenda")}
            </th>
            <th role="columnheader" scope="col" className={th}>
              {t("topics")}
            </th>
            <th role="columnheader" scope="col" className="py-2 text-left font-medium">
              {t("members")}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className={CARD_BODY}>
          {items.map((v) => (
            <tr role="row" key={v.ref} className={TR}>
              <td role="cell">
                <VoteDate date={v.date} year={v.year} />
              </td>
              <th role="rowheader" scope="row" className="text-left font-normal">
                <DraftLink item={v} />
              </th>
              <td role="cell" data-label={t("meeting")} data-empty={v.meeting ? undefined : ""}>
                {v.meeting ?? "—"}
              </td>
              <td role="cell">
                <Agenda item={v} />
              </td>
              <td role="cell" data-label={t("topics")}>
                <Topics item={v} filters={filters} />
              </td>
              <td role="cell" data-label={t("members")}>
                <Members item={v} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
