import { CORS_HEADERS, preflightResponse } from "@/lib/api/v1/route";
import { openApiDocument } from "@/lib/api/v1/openapi";

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, built from the zod schemas the handlers
// use. It changes only with a deployment, so it is the same for every request.

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { ...CORS_HEADERS, "Cache-Control": "public, max-age=300" } });
}

export const OPTIONS = preflightResponse;
