import { defineRouting } from "next-intl/routing";

// English at the stable, unprefixed URLs (/resolutions/S/2024/255); Thai under /th/...
export const routing = defineRouting({
  locales: ["en", "th"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeCookie: { name: "NEXT_LOCALE", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 },
});

export type Locale = (typeof routing.locales)[number];
