// Pages whose parameter-less view is rendered once and served as static HTML (expired on every
// write by revalidatePath("/", "layout")). Public path → internal route under app/[locale]/.
export const STATIC_PAGES: Record<string, string> = {
  "/": "/static-dashboard",
  "/vetoes": "/static-vetoes",
};

/** The public path for an internal static route (for links built from the current pathname). */
export function publicPathOf(pathname: string): string {
  for (const [pub, internal] of Object.entries(STATIC_PAGES)) if (pathname === internal) return pub;
  return pathname;
}
