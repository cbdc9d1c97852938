import { z } from "zod";

/**
 * The version a form loaded (optimistic concurrency, as on drafts and member names): a hidden field,
 * "" on a form that creates the row (→ null).
 */
export const versionField = z
  .string({ error: "invalid" })
  .trim()
  .refine((s) => s === "" || /^\d{1,9}$/.test(s), { error: "invalid" })
  .transform((s) => (s === "" ? null : Number(s)));

/** The same, on a form that changes an existing row: a version is required. */
export const requiredVersionField = versionField.refine((v) => v !== null, { error: "invalid" }).transform((v) => v!);
