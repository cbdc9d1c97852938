import type { MetadataRoute } from "next";

// Everything public may be indexed; the admin area is behind sign-in and of no use to a crawler.
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/th/admin"] }] };
}
