import type { Metadata } from "next";
import { feedAlternate } from "@/lib/feeds/metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VetoesView } from "@/components/vetoes/vetoes-view";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "vetoes.meta" });
  return { title: t("title"), description: t("description"), alternates: { types: await feedAlternate({ kind: "vetoes" }, locale) } };
}

// With filters the page renders per request; plain /vetoes is served from ../static-vetoes.
export default async function VetoesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <VetoesView locale={locale} searchParams={await searchParams} />;
}
