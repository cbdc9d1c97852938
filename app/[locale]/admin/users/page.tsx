import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CreateUserForm, UserRowForms } from "@/components/admin/user-forms";
import { listUsers } from "@/lib/admin/queries";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/guard";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.users" });
  return { title: t("title"), description: t("description") };
}

export default async function UsersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const me = await requireUser("admin", { path: "/admin/users", locale });
  const [t, format, users] = await Promise.all([getTranslations("admin.users"), getFormatter(), listUsers()]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t("rolesIntro")}</p>
      </div>
      <section aria-labelledby="users-list" className="space-y-3">
        <h2 id="users-list" className="text-xl font-semibold">{t("listHeading")}</h2>
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="border-b border-slate-300 dark:border-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">{t("colEmail")}</th>
                <th scope="col" className="py-2 pr-3">{t("colName")}</th>
                <th scope="col" className="py-2 pr-3">{t("colCreated")}</th>
                <th scope="col" className="py-2">{t("colRole")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {u.email} {u.id === me.id && <span className="font-normal">{t("you")}</span>}
                  </th>
                  <td className="py-2 pr-3">{u.name}</td>
                  <td className="py-2 pr-3 tabular-nums">{format.dateTime(new Date(u.createdAt), { dateStyle: "medium" })}</td>
                  <td className="py-2">
                    <UserRowForms user={u} self={u.id === me.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="users-create" className="max-w-xl space-y-3">
        <h2 id="users-create" className="text-xl font-semibold">{t("createHeading")}</h2>
        <CreateUserForm minPassword={MIN_PASSWORD_LENGTH} />
      </section>
    </div>
  );
}
