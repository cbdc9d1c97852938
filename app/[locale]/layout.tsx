import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/share";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { CleanAddress } from "@/components/clean-address";
import "../globals.css";

// In Tailwind's `base` layer: its preflight hides [hidden] with !important inside that layer, and
// a layered !important beats an unlayered one.
const NO_SCRIPT_STYLE =
  '<style>@layer base{template[id^="B:"]+*{display:none!important}' +
  'body>div[hidden][id^="S:"]{display:block!important;order:1;width:100%;max-width:80rem;margin:0 auto;padding:0 1rem}' +
  "body>footer{order:2}}</style>";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: siteUrl(),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("tagline"),
    openGraph: { siteName: t("siteName"), type: "website", locale: locale === "th" ? "th_TH" : "en_GB" },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "common" }), getMessages()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {/* Without JavaScript React cannot swap streamed content in for the loading skeletons:
            show the streamed blocks (they arrive at the end of <body>) and hide the skeletons. */}
        <noscript dangerouslySetInnerHTML={{ __html: NO_SCRIPT_STYLE }} />
        {/* Client islands only need the common texts; areas with client forms add their own (admin). */}
        <NextIntlClientProvider messages={{ common: messages.common }}>
          <a
            href="#main"
            className={
              "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 " +
              "focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
            }
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6 lg:px-8">
            {children}
          </main>
          <SiteFooter />
          {/* Reading the query needs a boundary on statically rendered pages. */}
          <Suspense fallback={null}>
            <CleanAddress />
          </Suspense>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
