// The address a reader copies or shares. Next's router adds `_rsc=<hash>` to its own data
// requests; it must never reach the address bar or a copied link (after Back, a redirect during a
// client navigation could leave it there), so a permalink is the address without it.

export const RSC_PARAM = "_rsc";

/** The address without the router's `_rsc` parameter; null when it has none (nothing to change). */
export function permalinkOf(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has(RSC_PARAM)) return null;
  url.searchParams.delete(RSC_PARAM);
  return url.toString();
}
