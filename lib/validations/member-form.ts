import { z } from "zod";
import { requiredVersionField } from "./version";
import { storableText } from "./text-input";
import { commonEraYear } from "@/lib/years";

// /admin/members: add a state, correct its names (English and Thai), record an elected term.
// Messages are codes translated under admin.errors.

const code = z
  .string({ error: "required" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: "memberCode" });
const name = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" });

const memberNames = z.object({ code, nameEn: name, nameTh: name });
const newMember = memberNames.extend({
  region: z
    .string()
    .trim()
    .max(60, { error: "tooLong" })
    .transform((s) => (s === "" ? null : s)),
});

/** Terms can be recorded from the first Council to a few years ahead (elections are held in June). */
export const maxTermYear = (now: Date = new Date()) => now.getUTCFullYear() + 3;

const electedTerm = z.object({
  code,
  firstYear: z
    .string({ error: "required" })
    .trim()
    .regex(/^\d{4}$/, { error: "year" })
    .transform((y) => commonEraYear(Number(y))) // either era, as every year input (lib/years.ts)
    .refine((y) => y >= 1946, { error: "year" })
    .refine((y) => y <= maxTermYear(), { error: "yearTooLate" }),
  years: z.enum(["1", "2"], { error: "invalid" }).transform(Number),
});

// Unstorable text (NUL, undecodable bytes) in any field is refused first (text-input.ts).
export const MemberNamesSchema = storableText(memberNames);
/** A correction of the names, from the version the form loaded. */
export const MemberRenameSchema = storableText(memberNames.extend({ version: requiredVersionField }));
export const NewMemberSchema = storableText(newMember);
export const ElectedTermSchema = storableText(electedTerm);

export type NewMemberInput = z.output<typeof NewMemberSchema>;
export type MemberNamesInput = z.output<typeof MemberRenameSchema>;
export type ElectedTermInput = z.output<typeof ElectedTermSchema>;
