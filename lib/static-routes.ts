// Public path → internal route serving its static copies (see lib/static-pages.ts, which decides
// when a request may be served from one). Kept apart, without the filter validation, because the
// language switch (a client component) needs it and must not ship zod to the browser.
export const STATIC_ROUTES = {
  "/": "/static-dashboard",
  "/vetoes": "/static-vetoes",
  "/resolutions": "/static-resolutions",
} as const;

/** The public path for an internal static route (for links built from the current pathname). */
export function publicPathOf(pathname: string): string {
  for (const [pub, internal] of Object.entries(STATIC_ROUTES)) {
    if (pathname === internal || pathname.startsWith(`${internal}/`)) return pub;
  }
  return pathname;
}
