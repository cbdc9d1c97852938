import type { FieldErrors, Msg } from "./action-state";

// Messages name member states as the reader knows them ("France", "ฝรั่งเศส"), not by code. The
// rules and validations keep codes (language-neutral, testable); the action that returns the
// messages to a form, which knows the form's language, swaps them for names here.

/** The value keys of a message that hold a member code. */
const MEMBER_KEYS = ["member"] as const;

/** The message with each member code in its values replaced by `nameOf(code)` (unknown codes stay). */
export function nameMembers<T extends Msg>(msg: T, nameOf: (code: string) => string | undefined): T {
  if (!msg.values) return msg;
  const values = { ...msg.values };
  for (const key of MEMBER_KEYS) {
    const code = values[key];
    if (typeof code === "string") values[key] = nameOf(code) ?? code;
  }
  return { ...msg, values };
}

export function nameMembersInErrors(errors: FieldErrors, nameOf: (code: string) => string | undefined): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, msgs]) => [field, msgs.map((m) => nameMembers(m, nameOf))]));
}

/** A lookup from code to the localized name, from rows with both names. */
export function memberNamer(rows: readonly { code: string; nameEn: string; nameTh: string }[], locale: string): (code: string) => string | undefined {
  const names = new Map(rows.map((r) => [r.code, locale === "th" ? r.nameTh || r.nameEn : r.nameEn]));
  return (code) => names.get(code);
}
