import { setRequestLocale } from "next-intl/server";

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <h1 className="text-2xl font-bold">UNSC Vote Tracker</h1>;
}
