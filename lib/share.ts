// Absolute addresses for sharing: canonical links and social preview images resolve against the
// site's public origin (SITE_URL, e.g. https://unsc.example.org), never the request's host.
export function siteUrl(): URL {
  try {
    return new URL(process.env.SITE_URL || "http://localhost:3000");
  } catch {
    return new URL("http://localhost:3000");
  }
}

/** The social preview image of a page (app/api/og): `kind` is "dashboard", "countries/RUS" or "resolutions/S/2024/255". */
export function previewImage(kind: string, locale: string) {
  const url = `/api/og/${kind}${locale === "en" ? "" : `?locale=${locale}`}`;
  return {
    openGraph: { type: "website" as const, images: [{ url, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image" as const, images: [url] },
  };
}
