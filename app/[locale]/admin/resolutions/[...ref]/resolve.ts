import { parseDraftRef } from "@/lib/validations/draft-ref";

export type AdminDraftTarget = { ref: string; view: "edit" | "delete" };

/** /admin/resolutions/<ref...>/edit or /delete → the ref and the view; null for anything else. */
export function parseAdminDraftPath(segments: readonly string[]): AdminDraftTarget | null {
  const view = segments.at(-1);
  if ((view !== "edit" && view !== "delete") || segments.length < 2) return null;
  const parsed = parseDraftRef(segments.slice(0, -1));
  if (!parsed.ok || parsed.target.kind !== "ref") return null;
  return { ref: parsed.target.ref, view };
}
