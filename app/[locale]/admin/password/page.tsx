import { getTranslations, setRequestLocale } from "next-intl/server";
import { PasswordForm } from "@/components/admin/password-form";
import { requireUser } from "@/lib/auth/guard";
import { adminMetadata } from "@/lib/admin/metadata";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/password";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = adminMetadata("admin.password");

export default async function PasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser("editor", { path: "/admin/password", locale });
  const t = await getTranslations("admin.password");
  return (
    <div className="max-w-xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <PasswordForm minPassword={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
