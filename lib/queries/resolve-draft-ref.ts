import "server-only";
import { cache } from "react";
import { getRefByResolutionNumber, hasDraft } from "@/lib/queries/draft-detail";
import { parseDraftRef } from "@/lib/validations/draft-ref";

export type ResolvedRef = { ref: string; canonical: boolean } | null;

/**
 * Which draft a /resolutions/<...> URL names, or null for a 404. /resolutions/1718 and
 * /resolutions/S/RES/1718(2006) name the draft adopted as resolution 1718; a lower-case or
 * otherwise non-canonical spelling names the same draft. `canonical` is false when the URL should
 * redirect to the draft's own address. Cached per request (the layout and the page's metadata both ask).
 */
export const resolveDraftRef = cache(async (segments: readonly string[]): Promise<ResolvedRef> => {
  const parsed = parseDraftRef(segments);
  if (!parsed.ok) return null;
  const { target } = parsed;
  let requested = segments.join("/");
  try {
    requested = decodeURIComponent(requested);
  } catch {
    // parseDraftRef already accepted it, so this cannot fail; keep the raw form if it does.
  }
  if (target.kind === "resolution") {
    const found = await getRefByResolutionNumber(target.number);
    if (!found || (target.year !== undefined && target.year !== found.year)) return null;
    // Resolutions with no known draft symbol have S/RES/n(year) as their own ref.
    return { ref: found.ref, canonical: requested === found.ref };
  }
  if (!(await hasDraft(target.ref))) return null;
  return { ref: target.ref, canonical: requested === target.ref };
});
