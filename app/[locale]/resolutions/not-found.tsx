import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// Unknown or malformed draft symbols and resolution numbers (a real 404 status).
export default async function DraftNotFound() {
  const t = await getTranslations("resolutions.detail.notFound");
  return (
    <div className="mx-auto max-w-2xl py-12">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t("body")}</p>
      <Link href="/resolutions" className="mt-6 inline-block text-sky-900 underline underline-offset-2 dark:text-sky-200">
        {t("back")}
      </Link>
    </div>
  );
}
