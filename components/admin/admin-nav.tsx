import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { signOutAction } from "@/lib/actions/session";
import type { SessionUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";

const LINKS = [
  ["/admin", "home", "editor"],
  ["/admin/resolutions/new", "newDraft", "editor"],
  ["/admin/members", "members", "editor"],
  ["/admin/import", "import", "editor"],
  ["/admin/audit", "audit", "editor"],
  ["/admin/users", "users", "admin"],
  ["/admin/password", "password", "editor"],
] as const;

/** The admin area's own bar: where to go, who is signed in, and a sign-out form (works without JS). */
export async function AdminNav({ user, locale }: { user: SessionUser; locale: string }) {
  const t = await getTranslations("admin.nav");
  return (
    <div
      className={
        "mb-6 flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 bg-slate-50 px-3 py-2 " +
        "dark:border-slate-700 dark:bg-slate-900"
      }
    >
      <nav aria-label={t("label")} className="relative overflow-x-auto">
        <ul className="flex flex-wrap gap-1 text-sm">
          {LINKS.filter(([, , role]) => hasRole(user, role)).map(([href, key]) => (
            <li key={key}>
              <Link
                href={href}
                className={
                  "block rounded px-2 py-1.5 text-sky-900 underline-offset-2 hover:bg-slate-200 hover:underline " + "dark:text-sky-200 dark:hover:bg-slate-800"
                }
              >
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={signOutAction} className="flex flex-wrap items-center gap-2 text-sm">
        <input type="hidden" name="locale" value={locale} />
        <span className="text-slate-700 dark:text-slate-300">{t("signedInAs", { email: user.email, role: t(`role.${user.role}`) })}</span>
        <button
          type="submit"
          className={
            "rounded border border-slate-400 px-2 py-1 font-medium hover:bg-slate-200 " +
            "focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-700 dark:border-slate-600 dark:hover:bg-slate-800"
          }
        >
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
