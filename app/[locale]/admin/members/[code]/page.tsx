import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MemberNamesForm } from "@/components/admin/member-forms";
import { getMemberForEdit } from "@/lib/admin/queries";
import { requireUser } from "@/lib/auth/guard";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: "admin.members" });
  return { title: t("editTitle", { code: code.slice(0, 3) }), description: t("editDescription") };
}

export default async function MemberNamesPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  await requireUser("editor", { path: `/admin/members/${encodeURIComponent(code)}`, locale });
  const member = await getMemberForEdit(code);
  if (!member) notFound();
  const t = await getTranslations("admin.members");
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/admin/members" className="text-sm text-sky-900 underline underline-offset-2 dark:text-sky-200">
        <span aria-hidden="true">← </span>
        {t("backToMembers")}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">{t("editHeading", { name: member.nameEn, code: member.code })}</h1>
      <MemberNamesForm member={member} />
    </div>
  );
}
