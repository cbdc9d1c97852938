import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DashboardView } from "@/components/dashboard/dashboard-view";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard.meta" });
  return { title: t("title"), description: t("description") };
}

// With query parameters (a period, a chart view) the dashboard renders per request; the plain
// `/` is served from the static copy in ../static-dashboard (the proxy rewrites to it).
export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <DashboardView locale={locale} searchParams={await searchParams} />;
}
