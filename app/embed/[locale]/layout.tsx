import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/share";
import { LinksOpenOutside } from "@/components/embed/links-open-outside";
import "../../globals.css";

// Embeds (/embed/... and /th/embed/..., rewritten here by proxy.ts) are pages for other sites'
// iframes: their own root layout, without the site's header, navigation and footer. They are the
// only pages other origins may frame (next.config.js headers).

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  // The full pages are the ones to index; an embed is a view of one of them.
  return { metadataBase: siteUrl(), title: { default: t("siteName"), template: `%s · ${t("siteName")}` }, robots: { index: false, follow: true } };
}

export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <head>
        {/* Links leave the frame: the site's other pages refuse to be framed. */}
        <base target="_blank" />
      </head>
      <body className="bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <NextIntlClientProvider messages={{ common: messages.common }}>
          <main className="p-3 sm:p-4">{children}</main>
          <LinksOpenOutside />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
