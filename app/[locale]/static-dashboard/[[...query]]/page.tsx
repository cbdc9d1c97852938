import type { Metadata } from "next";
import { feedAlternate } from "@/lib/feeds/metadata";
import { routing } from "@/i18n/routing";
import { previewImage } from "@/lib/share";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { noCopiesAtBuild, openStaticCopy, type StaticCopyProps } from "@/lib/static-copy";

// Static copies of the dashboard (`/`, `/th`, and `/?from=…` with valid parameters): the proxy
// rewrites here (lib/static-pages.ts); every write expires them (lib/admin/revalidate.ts).
export const dynamic = "force-static";
export const revalidate = false;
export const generateStaticParams = noCopiesAtBuild;

export async function generateMetadata({ params }: StaticCopyProps): Promise<Metadata> {
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

export default async function StaticDashboardPage(props: StaticCopyProps) {
  const { locale, searchParams } = await openStaticCopy(props, "/");
  return <DashboardView locale={locale} searchParams={searchParams} />;
}
