import type { Metadata } from "next";
import { feedAlternate } from "@/lib/feeds/metadata";
import { routing } from "@/i18n/routing";
import { previewImage } from "@/lib/share";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard.meta" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: {
      canonical: getPathname({ href: "/", locale }),
      languages: Object.fromEntries(routing.locales.map((l) => [l, getPathname({ href: "/", locale: l })])),
      types: await feedAlternate({ kind: "votes" }, locale),
    },
    ...previewImage("dashboard", locale),
  };
}

// With query parameters (a period, a chart view) the dashboard renders per request; the plain
// `/` is served from the static copy in ../static-dashboard (the proxy rewrites to it).
export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <DashboardView locale={locale} searchParams={await searchParams} />;
}
