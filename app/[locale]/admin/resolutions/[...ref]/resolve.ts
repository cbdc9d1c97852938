import { parseDraftRef } from "@/lib/validations/draft-ref";

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
