import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { messageOr } from "@/i18n/runtime-keys";
import { Link } from "@/i18n/navigation";
import { Pagination } from "@/components/ui/pagination";
import { AdminTable, adminRowClass } from "@/components/admin/admin-table";
import { inputClass, secondaryButtonClass } from "@/components/admin/field";
import { listAuditEntries } from "@/lib/admin/queries";
import { requireUser } from "@/lib/auth/guard";
import { adminMetadata } from "@/lib/admin/metadata";
import { isAccountAlias } from "@/lib/admin/audit-view";
import { normalizeDraftRef } from "@/lib/validations/draft-ref";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = adminMetadata("admin.audit");

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser("editor", { path: "/admin/audit", locale });
  const sp = await searchParams;
  const actor = (first(sp.user) ?? "").trim().slice(0, 320) || undefined;
  const draftRaw = (first(sp.draft) ?? "").trim().slice(0, 60);
  const draft = draftRaw ? normalizeDraftRef(draftRaw) : undefined;
  const pageNo = Math.max(1, Math.min(10_000, Number.parseInt(first(sp.page) ?? "1", 10) || 1));
  const [t, format, audit] = await Promise.all([getTranslations("admin.audit"), getFormatter(), listAuditEntries({ actor, draft, page: pageNo, viewer })]);
  // Another account's alias (an editor's view, lib/admin/audit-view.ts) reads "account #3f9a1c2e".
  const who = (actorShown: string) => (isAccountAlias(actorShown) ? t("account", { alias: actorShown }) : actorShown);
  const totalPages = Math.max(1, Math.ceil(audit.total / audit.pageSize));
  const query = (p: number) => {
    const q = new URLSearchParams();
    if (actor) q.set("user", actor);
    if (draft) q.set("draft", draft);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return `/admin/audit${s ? `?${s}` : ""}`;
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-user" className="block font-medium">
            {t("filterUser")}
          </label>
          <select id="audit-user" name="user" defaultValue={actor ?? ""} className={inputClass}>
            <option value="">{t("allUsers")}</option>
            {audit.actors.map((a) => (
              <option key={a} value={a}>
                {who(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-draft" className="block font-medium">
            {t("filterDraft")}
          </label>
          <input id="audit-draft" name="draft" defaultValue={draft ?? ""} maxLength={60} placeholder="S/2024/255" className={inputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          {t("filter")}
        </button>
        {(actor || draft) && (
          <Link href="/admin/audit" className="py-2 text-sky-900 underline underline-offset-2 dark:text-sky-200">
            {t("clear")}
          </Link>
        )}
      </form>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {t("total", { count: audit.total })}
      </p>
      <ol className="space-y-4">
        {audit.rows.map((r) => (
          <li key={r.id} className="rounded border border-slate-300 p-3 dark:border-slate-700">
            <p className="flex flex-wrap gap-x-3 text-sm">
              <time dateTime={r.at} className="tabular-nums">
                {format.dateTime(new Date(r.at), { dateStyle: "medium", timeStyle: "medium" })}
              </time>
              <span className="font-medium">
                {who(r.actor)}
                {r.mine && ` ${t("you")}`}
              </span>
              <span>{messageOr(t, `actions.${r.action}`, r.action)}</span>
              <span>
                {messageOr(t, `entities.${r.entity}`, r.entity)} <span className="font-mono font-semibold">{r.key}</span>
              </span>
            </p>
            {r.changes.length === 0 ? (
              <p className="mt-1 text-sm">{t("noChanges")}</p>
            ) : (
              <AdminTable minWidth="32rem" columns={[{ label: t("field") }, { label: t("before") }, { label: t("after") }]}>
                {r.changes.map((c) => (
                  <tr key={c.field} className={adminRowClass}>
                    <th scope="row" className="py-1 pr-3 font-mono font-medium">
                      {c.field}
                    </th>
                    <td className="max-w-md break-words py-1 pr-3 font-mono text-xs text-red-900 dark:text-red-200">
                      <del>{show(c.before)}</del>
                    </td>
                    <td className="max-w-md break-words py-1 font-mono text-xs text-emerald-900 dark:text-emerald-200">
                      <ins>{show(c.after)}</ins>
                    </td>
                  </tr>
                ))}
              </AdminTable>
            )}
          </li>
        ))}
      </ol>
      <Pagination page={pageNo} totalPages={totalPages} hrefFor={query} />
    </div>
  );
}
