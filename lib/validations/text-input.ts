import { z } from "zod";

// Text that cannot be stored, refused as a field error before any query sees it:
// - NUL (U+0000): PostgreSQL refuses it in text values (SQLSTATE 22021), so it used to surface as
//   a 500 or the "database did not answer" page.
// - U+FFFD: what invalid UTF-8 becomes when a form or a file is decoded (Node's FormData and
//   File.text() replace each bad byte with it). No record of the Council contains it, so it only
//   ever means "these bytes were not UTF-8": storing it would silently corrupt the text.
// URLs are refused in the proxy instead (lib/request-path.ts, refuseQuery).
export const UNSTORABLE_TEXT = /[\u0000\uFFFD]/;

export const UNSTORABLE_TEXT_CODE = "unreadableText";

type Path = (string | number)[];

/** Where in `value` (strings, arrays, plain objects and their keys) unstorable text occurs. */
export function unstorableTextPaths(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (typeof value === "string") {
    if (UNSTORABLE_TEXT.test(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unstorableTextPaths(item, [...path, i], found));
  } else if (value !== null && typeof value === "object" && !(value instanceof Date) && !(value instanceof Blob)) {
    for (const [key, item] of Object.entries(value)) {
      // A key is part of its parent's value (a vote grid's member codes). A key Object.prototype
      // has ("constructor", "__proto__") would name a field error that collides with it.
      if (UNSTORABLE_TEXT.test(key)) found.push(path);
      else if (key in Object.prototype) found.push(...unstorableTextPaths(item).map(() => path));
      else unstorableTextPaths(item, [...path, key], found);
    }
  }
  return found;
}

/**
 * `schema`, refusing unstorable text anywhere in its input first: one field error per field that
 * holds it ("unreadableText"), and nothing else is checked until those are fixed.
 */
export function storableText<T extends z.ZodType>(schema: T) {
  return z.preprocess((input, ctx) => {
    for (const path of unstorableTextPaths(input)) ctx.addIssue({ code: "custom", path, message: UNSTORABLE_TEXT_CODE, input });
    return input;
  }, schema);
}
