import { preflightResponse } from "@/lib/api/v1/route";
import { problemResponse } from "@/lib/api/v1/problem";

// Any other path under /api/v1: a 404 problem naming where the endpoints are listed.

export function GET(request: Request): Response {
  const { pathname } = new URL(request.url);
  return problemResponse("not-found", `${pathname} is not an endpoint of this API. The endpoints are listed at /api/v1/docs and /api/v1/openapi.json.`);
}

export const OPTIONS = preflightResponse;
