import { z } from "zod";

// What a /resolutions/<...> URL or /api/resolutions/<...> path may name: a draft ref (its symbol,
// e.g. S/2024/255; a meeting-record ref such as S/PV.57:2 when the sources give no symbol; a part
// of a draft such as S/2023/1029:amendment-1), or an adopted resolution by number ("1718", or its
// document symbol "S/RES/1718(2006)" — which is also the ref of resolutions whose draft symbol is
// unknown, so callers compare the resolved ref with what was asked for).

export const MAX_REF_LENGTH = 60;
const REF_CHARS = /^[A-Za-z0-9/.:\-()]+$/;
const RESOLUTION_NUMBER = /^\d{1,5}$/;
const RESOLUTION_SYMBOL = /^S\/RES\/(\d{1,5})\s*(?:\((\d{4})\))?$/i;
/** A vote the sources give neither a symbol nor a meeting record: its date and order that day (vote:2026-04-07:1). */
const DATED_VOTE = /^vote:\d{4}-\d{2}-\d{2}:\d{1,2}$/i;

export type DraftRefTarget = { kind: "ref"; ref: string } | { kind: "resolution"; number: number; year?: number };

/**
 * UN symbols are upper case except the suffix words (S/7951/Rev.2, S/2003/1100/Corr.1); the part
 * of a ref after ":" is ours and lower case (S/PV.57:2, S/552:preliminary-question).
 * Normalizing lets /resolutions/s/2024/255 find S/2024/255.
 */
export function normalizeDraftRef(ref: string): string {
  if (DATED_VOTE.test(ref)) return ref.toLowerCase();
  const colon = ref.indexOf(":");
  const symbol = colon === -1 ? ref : ref.slice(0, colon);
  const part = colon === -1 ? "" : ref.slice(colon).toLowerCase();
  return symbol.toUpperCase().replace(/\/(REV|CORR|ADD|AMEND)\.(?=\d)/g, (_m, word: string) => `/${word[0]}${word.slice(1).toLowerCase()}.`) + part;
}

export const DraftRefSchema = z
  .string()
  .trim()
  .min(1, { error: "The draft symbol is empty." })
  .max(MAX_REF_LENGTH, { error: `A draft symbol has at most ${MAX_REF_LENGTH} characters.` })
  .regex(REF_CHARS, { error: "A draft symbol may contain only letters, digits and / . : - ( )." })
  .transform((value, ctx): DraftRefTarget => {
    if (RESOLUTION_NUMBER.test(value)) {
      const number = Number(value);
      if (number < 1) {
        ctx.addIssue({ code: "custom", message: "Resolution numbers start at 1." });
        return z.NEVER;
      }
      return { kind: "resolution", number };
    }
    const res = RESOLUTION_SYMBOL.exec(value);
    if (res) return { kind: "resolution", number: Number(res[1]), ...(res[2] ? { year: Number(res[2]) } : {}) };
    if (DATED_VOTE.test(value)) return { kind: "ref", ref: normalizeDraftRef(value) };
    if (!/^S\//i.test(value) || value.endsWith("/") || value.includes("//")) {
      ctx.addIssue({ code: "custom", message: "A draft symbol looks like S/2024/255, S/23372 or S/PV.57:2." });
      return z.NEVER;
    }
    return { kind: "ref", ref: normalizeDraftRef(value) };
  });

export type DraftRefResult = { ok: true; target: DraftRefTarget } | { ok: false; message: string };

/**
 * Parses the catch-all segments of a route (["S", "2024", "255"]) or a joined string. Segments may
 * still be percent-encoded (S%2FPV.57%3A2); a malformed escape is an invalid ref, not an exception.
 */
export function parseDraftRef(input: string | readonly string[]): DraftRefResult {
  const joined = typeof input === "string" ? input : input.join("/");
  let decoded: string;
  try {
    decoded = decodeURIComponent(joined);
  } catch {
    return { ok: false, message: "The draft symbol is not a valid URL path." };
  }
  const parsed = DraftRefSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid draft symbol." };
  return { ok: true, target: parsed.data };
}

/** Path segments of a draft's page, so the ref's slashes become path separators: S/2024/255 → /resolutions/S/2024/255. */
export function draftPath(ref: string): string {
  // Colons stay readable (S/PV.57:2); everything else a segment cannot hold is escaped.
  return `/resolutions/${ref
    .split("/")
    .map((s) => encodeURIComponent(s).replace(/%3A/gi, ":"))
    .join("/")}`;
}

export type AdminDraftTarget = { refSegments: string[]; view: "edit" | "delete" };

/**
 * /admin/resolutions/<ref...>/edit or /delete → the ref's segments and the view; null for anything
 * else. The ref may name a resolution (S/RES/2815(2026) is the ref of resolutions whose draft
 * symbol is unknown), so the page resolves it the way the public draft page does.
 */
export function parseAdminDraftPath(segments: readonly string[]): AdminDraftTarget | null {
  const view = segments.at(-1);
  if ((view !== "edit" && view !== "delete") || segments.length < 2) return null;
  const refSegments = segments.slice(0, -1);
  if (!parseDraftRef(refSegments).ok) return null;
  return { refSegments, view };
}
