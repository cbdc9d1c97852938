import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

// Rendered with status 403 when a signed-in user lacks the role a page needs (forbidden()).
export default function Forbidden() {
  const t = useTranslations("admin.forbidden");
  return (
    <div
      role="alert"
      className="mx-auto max-w-xl space-y-3 rounded-lg border border-red-300 bg-red-50 p-6 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/admin" className="font-medium underline underline-offset-2">
        {t("back")}
      </Link>
    </div>
  );
}
