import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { FormMessage } from "@/components/admin/field";
import { getSessionUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/roles";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.login" });
  return { title: t("title"), description: t("description"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const next = safeNextPath(Array.isArray(sp.next) ? sp.next[0] : sp.next);
  if (await getSessionUser()) redirect({ href: next, locale });
  const t = await getTranslations("admin.login");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
      {sp.signedOut === "1" && <FormMessage tone="ok">{t("signedOut")}</FormMessage>}
      {sp.next !== undefined && sp.signedOut !== "1" && <FormMessage tone="info">{t("needSignIn")}</FormMessage>}
      <LoginForm next={next} locale={locale} />
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("noAccount")}</p>
    </div>
  );
}
