import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTable, adminRowClass } from "@/components/admin/admin-table";
import { CreateUserForm, UserRowForms } from "@/components/admin/user-forms";
import { listUsers } from "@/lib/admin/queries";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/guard";
import { adminMetadata } from "@/lib/admin/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = adminMetadata("admin.users");

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
        <h2 id="users-list" className="text-xl font-semibold">
          {t("listHeading")}
        </h2>
        <AdminTable minWidth="40rem" columns={[{ label: t("colEmail") }, { label: t("colName") }, { label: t("colCreated") }, { label: t("colRole") }]}>
          {users.map((u) => (
            <tr key={u.id} className={adminRowClass}>
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
        </AdminTable>
      </section>
      <section aria-labelledby="users-create" className="max-w-xl space-y-3">
        <h2 id="users-create" className="text-xl font-semibold">
          {t("createHeading")}
        </h2>
        <CreateUserForm minPassword={MIN_PASSWORD_LENGTH} />
      </section>
    </div>
  );
}
