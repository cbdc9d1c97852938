import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DraftForm } from "@/components/admin/draft-form";
import { getSittingMembers } from "@/lib/admin/queries";
import { listTopicOptions } from "@/lib/queries/options";
import { requireUser } from "@/lib/auth/guard";
import { EMPTY_DRAFT_VALUES, todayIso } from "@/lib/validations/draft-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.draftForm" });
  return { title: t("createTitle"), description: t("createDescription") };
}

export default async function NewDraftPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser("editor", { path: "/admin/resolutions/new", locale });
  // The grid starts with today's Council; changing the date changes the members.
  const today = todayIso();
  const [t, members, topics] = await Promise.all([getTranslations("admin.draftForm"), getSittingMembers(today), listTopicOptions()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("createHeading")}</h1>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t("createIntro")}</p>
      <DraftForm initial={{ ...EMPTY_DRAFT_VALUES, votedOn: today }} initialMembers={members} topics={topics} />
    </div>
  );
}
