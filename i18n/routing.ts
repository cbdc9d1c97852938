import { defineRouting } from "next-intl/routing";

// English at the stable, unprefixed URLs (/resolutions/S/2024/255); Thai under /th/... The address
// alone decides the language: a shared English link opens in English even for someone who read the
// Thai site before (no redirect by cookie or Accept-Language), and the language switch is a link
// to the other address, so the choice carries on through every link of that language.
export const routing = defineRouting({
  locales: ["en", "th"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeDetection: false,
  // Nothing reads a locale cookie once detection is off; none is set.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
