// GET /api/health: liveness, a static answer (prerendered at build time, no database), the HTTP
// benchmark's floor. Readiness (database, Redis) is GET /api/ready.
export const dynamic = "force-static";

export function GET() {
  return Response.json({ ok: true });
}
