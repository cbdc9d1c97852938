import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { SortOrder } from "@/lib/validations/view-params";

// A column heading that sorts the table through the query string: a plain link, so sorting works
// without JavaScript and the sorted view has its own URL. Activating the current column flips it.
export function SortableHeader<K extends string>({
  column,
  label,
  sort,
  order,
  defaultOrder,
  hrefFor,
  align = "left",
}: {
  column: K;
  label: string;
  sort: K;
  order: SortOrder;
  defaultOrder: SortOrder;
  hrefFor: (sort: K, order: SortOrder) => string;
  align?: "left" | "right";
}) {
  const t = useTranslations("countries.sort");
  const active = column === sort;
  const next: SortOrder = active ? (order === "asc" ? "desc" : "asc") : defaultOrder;
  return (
    <th
      scope="col"
      aria-sort={active ? (order === "asc" ? "ascending" : "descending") : undefined}
      className={`px-3 py-2 font-semibold ${align === "right" ? "text-right" : "text-left"}`}
    >
      <Link
        href={hrefFor(column, next)}
        className="inline-flex items-center gap-1 rounded underline-offset-2 hover:underline"
        title={t("action", { column: label })}
      >
        {label}
        <span aria-hidden="true" className="text-xs text-slate-500 dark:text-slate-400">
          {active ? (order === "asc" ? "▲" : "▼") : "↕"}
        </span>
        {active && <span className="sr-only">({t(order)})</span>}
      </Link>
    </th>
  );
}
