import { referenceHtml } from "@/lib/api/v1/reference-html";

// GET /api/v1/docs: the API reference, rendered on the server from the OpenAPI document (no script, no CDN).

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(referenceHtml(), { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
