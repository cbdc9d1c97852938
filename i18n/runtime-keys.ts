// Messages whose key is known only at run time: an error code sent by a server action, a value from
// the data (an audit action, a region, a language). next-intl's typed translator takes only the keys
// it sees in messages/en (i18n/app-config.d.ts); these take a plain string instead, and say what
// happens when the namespace has no such key.
import type { TranslationValues } from "next-intl";

/** Any of next-intl's typed translators (useTranslations, getTranslations), whatever its namespace. */
type AnyTranslator = ((key: never, values?: never) => string) & { has(key: never): boolean };
type Untyped = ((key: string, values?: TranslationValues) => string) & { has(key: string): boolean };

/** The message for `key`; a key the namespace lacks gets next-intl's fallback and onError, as any missing message does. */
export function runtimeMessage(t: AnyTranslator, key: string, values?: TranslationValues): string {
  return (t as unknown as Untyped)(key, values);
}

/** The message for `key` when the namespace has one, else `fallback`. */
export function messageOr(t: AnyTranslator, key: string, fallback: string, values?: TranslationValues): string {
  const untyped = t as unknown as Untyped;
  return untyped.has(key) ? untyped(key, values) : fallback;
}
