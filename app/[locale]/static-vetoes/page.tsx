import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { VetoesView } from "@/components/vetoes/vetoes-view";

// The unfiltered veto page, rendered once and served as static HTML at /vetoes (lib/static-pages.ts).
export const dynamic = "force-static";
export const revalidate = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "vetoes.meta" });
  return { title: t("title"), description: t("description"), alternates: { canonical: getPathname({ href: "/vetoes", locale }) } };
}

export default async function StaticVetoesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <VetoesView locale={locale} searchParams={{}} />;
}
