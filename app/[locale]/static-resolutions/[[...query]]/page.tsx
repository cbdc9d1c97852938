import type { Metadata } from "next";
import { feedAlternate } from "@/lib/feeds/metadata";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { ResolutionsView } from "@/components/resolutions/resolutions-view";
import { noCopiesAtBuild, openStaticCopy, type StaticCopyProps } from "@/lib/static-copy";

// Static copies of /resolutions, bare and with valid filters (lib/static-pages.ts).
export const dynamic = "force-static";
export const revalidate = false;
export const generateStaticParams = noCopiesAtBuild;

export async function generateMetadata({ params }: StaticCopyProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "resolutions.list" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: { canonical: getPathname({ locale, href: "/resolutions" }), types: await feedAlternate({ kind: "votes" }, locale) },
  };
}

export default async function StaticResolutionsPage(props: StaticCopyProps) {
  const { locale, searchParams } = await openStaticCopy(props, "/resolutions");
  return <ResolutionsView locale={locale} searchParams={searchParams} />;
}
