import type { Metadata } from "next";
import { feedAlternate } from "@/lib/feeds/metadata";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { VetoesView } from "@/components/vetoes/vetoes-view";
import { noCopiesAtBuild, openStaticCopy, type StaticCopyProps } from "@/lib/static-copy";

// Static copies of /vetoes, bare and with valid filters (lib/static-pages.ts).
export const dynamic = "force-static";
export const revalidate = false;
export const generateStaticParams = noCopiesAtBuild;

export async function generateMetadata({ params }: StaticCopyProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "vetoes.meta" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: getPathname({ href: "/vetoes", locale }), types: await feedAlternate({ kind: "vetoes" }, locale) },
  };
}

export default async function StaticVetoesPage(props: StaticCopyProps) {
  const { locale, searchParams } = await openStaticCopy(props, "/vetoes");
  return <VetoesView locale={locale} searchParams={searchParams} />;
}
