import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing, type Locale } from "./routing";

// Messages are split by area (messages/<locale>/<namespace>.json) so each page owns its texts.
export const NAMESPACES = ["common", "dashboard", "resolutions", "vetoes", "countries", "topics", "about", "coverage", "data", "admin"] as const;

export async function loadMessages(locale: Locale) {
  const entries = await Promise.all(NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const));
  return Object.fromEntries(entries);
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: "UTC", // vote dates are calendar dates; never shift them by the reader's zone
  };
});
