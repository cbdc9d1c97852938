import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/admin/import-form";
import { IMPORT_COLUMNS } from "@/lib/admin/import";
import { requireUser } from "@/lib/auth/guard";
import { adminMetadata } from "@/lib/admin/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = adminMetadata("admin.import");

export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser("editor", { path: "/admin/import", locale });
  const t = await getTranslations("admin.import");
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <ImportForm />
      <section aria-labelledby="columns-heading" className="space-y-2">
        <h2 id="columns-heading" className="text-xl font-semibold">
          {t("columnsHeading")}
        </h2>
        <p className="text-sm">{t("columnsIntro")}</p>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {IMPORT_COLUMNS.map((c) => (
            <div key={c} className="contents">
              <dt className="font-mono font-medium">{c}</dt>
              <dd className="text-slate-700 dark:text-slate-300">{t(`columns.${c}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm">{t("sample")}</p>
      </section>
      <section aria-labelledby="official-heading" className="space-y-2">
        <h2 id="official-heading" className="text-xl font-semibold">
          {t("officialHeading")}
        </h2>
        <p className="max-w-3xl text-sm">{t("officialIntro")}</p>
      </section>
    </div>
  );
}
