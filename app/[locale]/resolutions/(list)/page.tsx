import type { Metadata } from "next";
import { feedAlternate } from "@/lib/feeds/metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { ResolutionsView } from "@/components/resolutions/resolutions-view";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "resolutions.list" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: { canonical: getPathname({ locale, href: "/resolutions" }), types: await feedAlternate({ kind: "votes" }, locale) },
  };
}

// Free-text searches and queries with notices render per request; /resolutions with valid filters
// is served from static copies in ../../static-resolutions (lib/static-pages.ts).
export default async function ResolutionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ResolutionsView locale={locale} searchParams={await searchParams} />;
}
