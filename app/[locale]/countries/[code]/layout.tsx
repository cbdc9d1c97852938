import type { ReactNode } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { getCountryProfile } from "@/lib/queries/countries";
import { parseCountryCode } from "@/lib/validations/route-keys";

// Runs before this route's loading.tsx boundary starts streaming, so a malformed or unknown code
// gets a real 404 status and /countries/rus a real 308 to /countries/RUS (inside the streamed page
// both would degrade to a 200). The lookup is cached and reused by the page.
export default async function CountryLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  const parsed = parseCountryCode(code);
  if (!parsed) notFound();
  if (!parsed.canonical) permanentRedirect(getPathname({ href: `/countries/${parsed.key}`, locale }));
  if (!(await getCountryProfile(parsed.key))) notFound();
  return children;
}
