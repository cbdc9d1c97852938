import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { getSessionUser } from "@/lib/auth/session";

// The admin shell only: each admin route checks the session and role itself (in its layout, then
// again in its page). No loading.tsx under /admin on purpose: streamed content stays hidden without
// JavaScript and a streamed redirect loses its status (docs/decisions/002-admin-pages-without-streaming.md).
export const metadata: Metadata = { robots: { index: false, follow: false } };
// Every admin page depends on the signed-in user: never prerendered, never cached.
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [user, messages] = await Promise.all([getSessionUser(), getMessages()]);
  return (
    // The admin forms are client components: give them their texts (the public pages do without).
    <NextIntlClientProvider messages={{ common: messages.common, admin: messages.admin }}>
      <div>
        {user && <AdminNav user={user} locale={locale} />}
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
