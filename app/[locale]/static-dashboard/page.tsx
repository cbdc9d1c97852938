import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";

// The default dashboard (no query parameters), rendered once and served as static HTML: readers
// arrive in waves on `/`. The proxy rewrites `/` and `/th` here (lib/static-pages.ts); every write expires it
// (revalidatePath("/", "layout") in lib/admin/revalidate.ts), so nobody sees stale figures.
export const dynamic = "force-static";
export const revalidate = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard.meta" });
  return { title: t("title"), description: t("description"), alternates: { canonical: getPathname({ href: "/", locale }) } };
}

export default async function StaticDashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <DashboardView locale={locale} searchParams={{}} />;
}
