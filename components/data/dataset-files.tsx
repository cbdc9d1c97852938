import { useFormatter, useTranslations } from "next-intl";
import { ColHeader, DataTable } from "@/components/countries/data-table";
import { LINK, TD, TD_NUM, THEAD, TH_ROW, TR } from "@/components/countries/table-styles";
import type { DatasetSummary } from "@/lib/data/dataset";
import type { PublicTable } from "@/lib/data/files";

// The files of /data with what each holds, its rows and its size; each name links to its download.

const contentsKey = (table: string) => (table === "dataset" || table === "member-votes" ? table : (table as PublicTable));

export function DatasetFiles({ summary }: { summary: DatasetSummary }) {
  const t = useTranslations("data.files");
  const format = useFormatter();
  const size = (bytes: number) =>
    bytes >= 1_000_000
      ? `${format.number(bytes / 1_000_000, { maximumFractionDigits: 1 })} MB`
      : `${format.number(Math.max(1, Math.round(bytes / 1000)))} kB`;
  return (
    <>
      <DataTable caption={t("heading")} className="mt-4" minWidth="min-w-[40rem]">
        <thead className={THEAD}>
          <tr>
            <ColHeader>{t("file")}</ColHeader>
            <ColHeader>{t("contents")}</ColHeader>
            <ColHeader align="right">{t("rows")}</ColHeader>
            <ColHeader align="right">{t("size")}</ColHeader>
          </tr>
        </thead>
        <tbody>
          {summary.files.map((f) => (
            <tr key={f.name} className={TR}>
              <th scope="row" className={`${TH_ROW} whitespace-nowrap`}>
                <a href={`/api/data/${f.name}`} className={LINK} download>
                  {f.name}
                </a>
              </th>
              <td className={`${TD} max-w-md`}>{t(contentsKey(f.table))}</td>
              <td className={TD_NUM}>{format.number(f.rows)}</td>
              <td className={`${TD_NUM} whitespace-nowrap`}>{size(f.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("sizeNote")}</p>
    </>
  );
}
