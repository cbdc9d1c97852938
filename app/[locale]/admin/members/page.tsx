import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AdminTable, adminRowClass } from "@/components/admin/admin-table";
import { AddMemberForm, ElectedTermForm } from "@/components/admin/member-forms";
import { listCouncilYears, listMembersForAdmin } from "@/lib/admin/queries";
import { requireUser } from "@/lib/auth/guard";
import { adminMetadata } from "@/lib/admin/metadata";
import { localized } from "@/lib/i18n-names";
import { displayYear } from "@/lib/years";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = adminMetadata("admin.members");

export default async function MembersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser("editor", { path: "/admin/members", locale });
  const year = new Date().getUTCFullYear();
  const [t, members, years] = await Promise.all([getTranslations("admin.members"), listMembersForAdmin(), listCouncilYears(year - 1, year + 3)]);
  const options = members.filter((m) => !m.dissolved).map((m) => ({ code: m.code, name: localized(m, locale) }));
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="term-heading" className="space-y-3">
          <h2 id="term-heading" className="text-xl font-semibold">
            {t("termHeading")}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("termIntro")}</p>
          <ElectedTermForm members={options} defaultYear={displayYear(year + 1, locale)} />
        </section>
        <section aria-labelledby="add-heading" className="space-y-3">
          <h2 id="add-heading" className="text-xl font-semibold">
            {t("addHeading")}
          </h2>
          <AddMemberForm />
        </section>
      </div>

      <section aria-labelledby="council-heading" className="space-y-3">
        <h2 id="council-heading" className="text-xl font-semibold">
          {t("councilHeading")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {years.map((y) => (
            <div key={y.year} className="rounded border border-slate-300 p-3 dark:border-slate-700">
              <h3 className="font-semibold">{t("councilYear", { year: displayYear(y.year, locale) })}</h3>
              {y.members.length === 0 ? (
                <p className="text-sm">{t("noSeats")}</p>
              ) : (
                <ul className="mt-1 text-sm">
                  {y.members.map((m) => (
                    <li key={m.code}>
                      {localized(m, locale)}
                      {m.permanent && <span className="text-slate-600 dark:text-slate-400"> ({t("permanentShort")})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="states-heading" className="space-y-3">
        <h2 id="states-heading" className="text-xl font-semibold">
          {t("statesHeading")}
        </h2>
        <AdminTable
          columns={[
            { label: t("colCode") },
            { label: t("colName") },
            { label: t("colNameTh") },
            { label: t("colSeats"), align: "right" },
            { label: t("colLastYear"), align: "right" },
            { label: t("editNames"), hidden: true },
          ]}
        >
          {members.map((m) => (
            <tr key={m.code} className={adminRowClass}>
              <td className="py-1.5 pr-3 font-mono">{m.code}</td>
              <th scope="row" className="py-1.5 pr-3 font-medium">
                {m.nameEn}
                {m.dissolved && <span className="font-normal text-slate-600 dark:text-slate-400"> ({t("dissolved")})</span>}
              </th>
              <td className="py-1.5 pr-3" lang="th">
                {m.nameTh}
              </td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{m.seats}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{m.lastYear === null ? "—" : displayYear(m.lastYear, locale)}</td>
              <td className="py-1.5">
                <Link href={`/admin/members/${m.code}`} className="text-sky-900 underline underline-offset-2 dark:text-sky-200">
                  {t("editNames")}
                  <span className="sr-only"> {m.nameEn}</span>
                </Link>
              </td>
            </tr>
          ))}
        </AdminTable>
      </section>
    </div>
  );
}
