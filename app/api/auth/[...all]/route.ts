// better-auth's HTTP endpoints, only those the app uses: POST sign-in and sign-out. Everything
// else better-auth offers (get-session and list-sessions answer with the raw session token,
// verify-password would let a session holder guess its password unthrottled...) is a 404 here,
// before better-auth or the database is touched. The admin pages call better-auth server-side.
import { errorJson } from "@/lib/api/errors";
import { getAuth } from "@/lib/auth/auth";
import { authHttpRequest, authHttpResponse, isExposedAuthPath } from "@/lib/auth/http";

export const dynamic = "force-dynamic";

const notFound = () => errorJson(404, "Not found");

/** No better-auth GET endpoint is exposed (get-session would hand out the session token). */
export async function GET(): Promise<Response> {
  return notFound();
}

export async function POST(request: Request): Promise<Response> {
  if (!isExposedAuthPath(new URL(request.url).pathname)) return notFound();
  return authHttpResponse(await getAuth().handler(authHttpRequest(request)));
}
