// What app/api/auth/[...all] lets through to better-auth, and how. The app signs in from its own
// forms (server actions calling better-auth directly); over HTTP only sign-in and sign-out are
// offered, for scripts and tests. Every other better-auth path is a 404 without touching better-auth,
// so an anonymous request to one writes nothing (not even a rate-limit row).
import { trustedProxyHops, withClientAddress } from "./client-address";

export const AUTH_BASE_PATH = "/api/auth";
/** The better-auth endpoints exposed over HTTP (all POST). */
export const EXPOSED_AUTH_PATHS: readonly string[] = ["/sign-in/email", "/sign-out"];

export function isExposedAuthPath(pathname: string): boolean {
  if (!pathname.startsWith(`${AUTH_BASE_PATH}/`)) return false;
  return EXPOSED_AUTH_PATHS.includes(pathname.slice(AUTH_BASE_PATH.length).replace(/\/+$/, ""));
}

/** The request better-auth sees: the client address as we resolved it (a client's own copy dropped). */
export function authHttpRequest(request: Request, hops: number = trustedProxyHops()): Request {
  return new Request(request, { headers: withClientAddress(request.headers, hops) });
}

/** Sign-in answers with the session token in its JSON; the cookie carries it already, so the body never does. */
export async function authHttpResponse(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  if (!body || typeof body !== "object" || !("token" in body)) return response;
  const { token: _token, ...rest } = body as Record<string, unknown>;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(rest), { status: response.status, statusText: response.statusText, headers });
}
