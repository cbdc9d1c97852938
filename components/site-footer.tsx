import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="mt-12 border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
        <p>{t("footer.sources")}</p>
        <p className="mt-2">
          <Link href="/about" className="underline">{t("footer.about")}</Link>
        </p>
      </div>
    </footer>
  );
}
