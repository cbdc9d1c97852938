// Common passwords, from @zxcvbn-ts/language-common (MIT, github.com/zxcvbn-ts/zxcvbn): its
// "passwords-common" list of about 49,000 passwords seen most often in public breaches. Loaded once,
// on the server only (it never reaches a browser bundle: only lib/validations/password.ts reads it).
import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | undefined;

/** True for a listed password, ignoring case, also when only digits or symbols were added around it ("Password2024!"). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, "");
  return core.length >= 4 && core !== lower && common.has(core);
}
