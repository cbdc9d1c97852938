// GET /api/health: a static answer (prerendered at build time, no database), the HTTP benchmark's floor.
export const dynamic = "force-static";

export function GET() {
  return Response.json({ ok: true });
}
