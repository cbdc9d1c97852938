// next-intl's types follow the English messages: a missing or misspelt key (in useTranslations,
// getTranslations or t) fails the type check. tests/unit/messages.test.ts keeps Thai in step.
import type about from "../messages/en/about.json";
import type admin from "../messages/en/admin.json";
import type common from "../messages/en/common.json";
import type countries from "../messages/en/countries.json";
import type coverage from "../messages/en/coverage.json";
import type dashboard from "../messages/en/dashboard.json";
import type data from "../messages/en/data.json";
import type resolutions from "../messages/en/resolutions.json";
import type topics from "../messages/en/topics.json";
import type vetoes from "../messages/en/vetoes.json";

// A list (read whole with t.raw) counts as one message: next-intl's key types would read an array's
// indexes as a pattern and lose the namespaces beside it ("coverage.meta" next to "coverage.counting").
type ListsAsMessages<T> = T extends readonly unknown[] ? string : T extends object ? { [K in keyof T]: ListsAsMessages<T[K]> } : T;

declare module "next-intl" {
  interface AppConfig {
    Messages: ListsAsMessages<{
      about: typeof about;
      admin: typeof admin;
      common: typeof common;
      countries: typeof countries;
      coverage: typeof coverage;
      dashboard: typeof dashboard;
      data: typeof data;
      resolutions: typeof resolutions;
      topics: typeof topics;
      vetoes: typeof vetoes;
    }>;
  }
}
