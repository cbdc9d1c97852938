import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { DraftForm } from "@/components/admin/draft-form";
import { DeleteDraftForm } from "@/components/admin/delete-draft-form";
import { DraftRecordNotes } from "@/components/admin/draft-record-notes";
import { FormMessage } from "@/components/admin/field";
import { OutcomeBadge } from "@/components/outcome-badge";
import { getDraftForEdit, getSittingMembers } from "@/lib/admin/queries";
import { listTopicOptions } from "@/lib/queries/options";
import { getDraftByRef } from "@/lib/queries/draft-detail";
import { requireUser } from "@/lib/auth/guard";
import { draftPath, parseAdminDraftPath, type AdminDraftTarget } from "@/lib/validations/draft-ref";
import { resolveDraftRef } from "@/lib/queries/resolve-draft-ref";

/** The draft an admin path names (by its ref or resolution number), or null for a 404. */
async function resolveAdminTarget(segments: readonly string[]): Promise<(AdminDraftTarget & { ref: string; canonical: boolean }) | null> {
  const target = parseAdminDraftPath(segments);
  const resolved = target && (await resolveDraftRef(target.refSegments));
  return target && resolved ? { ...target, ...resolved } : null;
}

type Props = { params: Promise<{ locale: string; ref: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, ref: segments } = await params;
  const target = await resolveAdminTarget(segments);
  const t = await getTranslations({ locale, namespace: "admin.draftForm" });
  if (!target) return {};
  return target.view === "edit"
    ? { title: t("editTitle", { ref: target.ref }), description: t("editDescription", { ref: target.ref }) }
    : { title: t("deleteTitle", { ref: target.ref }), description: t("deleteDescription", { ref: target.ref }) };
}

export default async function AdminDraftPage({ params, searchParams }: Props) {
  const { locale, ref: segments } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser("editor", { path: `/admin/resolutions/${segments.join("/")}`, locale });
  const target = await resolveAdminTarget(segments);
  if (!target) notFound();
  // /admin/resolutions/2815/edit or a lower-case symbol: the draft's own address.
  if (!target.canonical) redirect({ href: `/admin${draftPath(target.ref)}/${target.view}`, locale });
  const draft = await getDraftForEdit(target.ref, viewer);
  if (!draft) notFound();
  const [t, format] = await Promise.all([getTranslations("admin.draftForm"), getFormatter()]);
  const lastChange = draft.updatedBy
    ? t("lastChange", { by: draft.updatedBy, at: format.dateTime(new Date(draft.updatedAt), { dateStyle: "medium", timeStyle: "medium" }) })
    : null;
  const adminPath = `/admin${draftPath(draft.ref)}`;

  if (target.view === "delete") {
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className="text-2xl font-bold tracking-tight">{t("deleteHeading", { ref: draft.ref })}</h1>
        <p lang="en">{draft.values.title}</p>
        <p className="flex items-center gap-2">
          <OutcomeBadge outcome={draft.outcome} /> {draft.values.votedOn}
        </p>
        <p>{t("deleteWarning")}</p>
        <DeleteDraftForm draftRef={draft.ref} version={draft.version} cancelHref={`${adminPath}/edit`} />
      </div>
    );
  }

  const sp = await searchParams;
  const saved = sp.saved === "created" || sp.saved === "updated" ? sp.saved : null;
  const [members, topics, record] = await Promise.all([
    draft.values.votedOn ? getSittingMembers(draft.values.votedOn) : Promise.resolve([]),
    listTopicOptions(),
    getDraftByRef(draft.ref), // the working notes and evidence, which the public page leaves out
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("editHeading", { ref: draft.ref })}</h1>
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href={draftPath(draft.ref)} className="text-sky-900 underline underline-offset-2 dark:text-sky-200">
            {t("viewOnSite")}
          </Link>
          <Link href={{ pathname: "/admin/audit", query: { draft: draft.ref } }} className="text-sky-900 underline underline-offset-2 dark:text-sky-200">
            {t("history")}
          </Link>
          <Link href={`${adminPath}/delete`} className="text-red-800 underline underline-offset-2 dark:text-red-300">
            {t("delete")}
          </Link>
        </div>
      </div>
      {saved && (
        <FormMessage tone="ok">
          {t(saved === "created" ? "savedCreated" : "savedUpdated", { ref: draft.ref })}{" "}
          <Link href={draftPath(draft.ref)} className="font-medium underline underline-offset-2">
            {t("viewOnSite")}
          </Link>
        </FormMessage>
      )}
      {lastChange && <p className="text-sm text-slate-700 dark:text-slate-300">{lastChange}</p>}
      {draft.noRollCall && <FormMessage tone="info">{t("noRollCallNotice")}</FormMessage>}
      <DraftForm originalRef={draft.ref} titleRequired={draft.values.title !== ""} initial={draft.values} initialMembers={members} topics={topics} />
      {record && <DraftRecordNotes draft={record} />}
    </div>
  );
}
