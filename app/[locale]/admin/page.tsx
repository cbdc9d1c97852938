import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { OutcomeBadge } from "@/components/outcome-badge";
import { AdminTable, adminRowClass } from "@/components/admin/admin-table";
import { buttonClass, FormMessage, inputClass, secondaryButtonClass } from "@/components/admin/field";
import { listDraftsForAdmin } from "@/lib/admin/queries";
import { requireUser } from "@/lib/auth/guard";
import { adminMetadata } from "@/lib/admin/metadata";
import { draftPath } from "@/lib/validations/draft-ref";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = adminMetadata("admin.home");

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AdminHome({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser("editor", { path: "/admin", locale });
  const sp = await searchParams;
  const q = (first(sp.q) ?? "").trim().slice(0, 100);
  const deleted = first(sp.deleted);
  const [t, format, drafts] = await Promise.all([getTranslations("admin.home"), getFormatter(), listDraftsForAdmin({ q: q || undefined, viewer })]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <Link href="/admin/resolutions/new" className={buttonClass}>
          {t("newDraft")}
        </Link>
      </div>
      {deleted && <FormMessage tone="ok">{t("deleted", { ref: deleted.slice(0, 60) })}</FormMessage>}
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="admin-q" className="block font-medium">
            {t("search")}
          </label>
          <input id="admin-q" name="q" type="search" defaultValue={q} maxLength={100} className={inputClass} placeholder="S/2024/255" />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          {t("searchButton")}
        </button>
      </form>
      <AdminTable
        minWidth="40rem"
        caption={q ? t("matches", { q, count: drafts.length }) : t("recent")}
        columns={[{ label: t("symbol") }, { label: t("date") }, { label: t("outcome") }, { label: t("lastChange") }, { label: t("actions"), hidden: true }]}
      >
        {drafts.map((d) => (
          <tr key={d.ref} className={adminRowClass}>
            <th scope="row" className="py-2 pr-3 font-medium">
              <span className="block">{d.ref}</span>
              {d.title && (
                <span lang="en" className="block max-w-md truncate font-normal text-slate-600 dark:text-slate-400">
                  {d.title}
                </span>
              )}
            </th>
            <td className="py-2 pr-3 tabular-nums">{d.date ? format.dateTime(new Date(`${d.date}T00:00:00Z`), { dateStyle: "medium" }) : "—"}</td>
            <td className="py-2 pr-3">
              <OutcomeBadge outcome={d.outcome} />
            </td>
            <td className="py-2 pr-3 text-slate-700 dark:text-slate-300">
              {d.updatedBy ? t("changedBy", { by: d.updatedBy, at: format.dateTime(new Date(d.updatedAt), { dateStyle: "medium", timeStyle: "short" }) }) : "—"}
            </td>
            <td className="py-2 whitespace-nowrap">
              <Link href={`/admin${draftPath(d.ref)}/edit`} className="mr-3 text-sky-900 underline underline-offset-2 dark:text-sky-200">
                {t("edit")}
                <span className="sr-only"> {d.ref}</span>
              </Link>
              <Link href={draftPath(d.ref)} className="text-sky-900 underline underline-offset-2 dark:text-sky-200">
                {t("view")}
                <span className="sr-only"> {d.ref}</span>
              </Link>
            </td>
          </tr>
        ))}
      </AdminTable>
      {drafts.length === 0 && <p className="py-4">{t("none")}</p>}
    </div>
  );
}
