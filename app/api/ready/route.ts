import { checkReadiness } from "@/lib/readiness";

// GET /api/ready: readiness for a load balancer (lib/readiness.ts). 200 when the database and,
// if configured, Redis answer; 503 otherwise; the body lists each check.
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
