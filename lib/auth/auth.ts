// better-auth, configured once: email + password only (scrypt hashes in account.password),
// sessions in the database, no public sign-up (admins create accounts), sign-in attempts reserved
// per account, client and address before the password is checked (lib/auth/throttle.ts,
// docs/decisions/009) on top of better-auth's own request limiter.
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../validations/password";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyHops } from "./client-address";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, deviceHash, newDeviceToken } from "./device";
import { pruneSignInThrottle, recordSignInSuccess, releaseSignInAttempt, reserveSignInAttempt, signInBuckets, type SignInKeys } from "./throttle";

export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from "../validations/password";
/** Error code better-auth's sign-in returns when our throttle refuses an attempt. */
export const THROTTLED_CODE = "SIGN_IN_THROTTLED";

const globalForAuth = globalThis as unknown as { authSecret?: string; auth?: Auth };

/**
 * BETTER_AUTH_SECRET signs the session cookie. Production refuses to start without one; in
 * development and tests a random per-process secret is used (sessions end when the server restarts),
 * so there is no default secret anywhere.
 */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.NODE_ENV === "production")
    throw new Error("BETTER_AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it in the environment.");
  return (globalForAuth.authSecret ??= randomBytes(32).toString("base64url"));
}

type HookContext = { body?: unknown; headers?: Headers; request?: Request; getCookie: (key: string) => string | null };

function signInKeys(ctx: HookContext, hops: number): SignInKeys {
  const body = (ctx.body ?? {}) as { email?: unknown };
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase().slice(0, 320) : "";
  const headers = ctx.headers ?? ctx.request?.headers;
  return { email, address: headers ? clientAddress(headers, hops) : null, device: deviceHash(ctx.getCookie(DEVICE_COOKIE)) };
}

export interface AuthOptions {
  quiet?: boolean;
  /** Proxies in front of the app that append to X-Forwarded-For (default: TRUSTED_PROXY_HOPS, else 0). */
  trustedProxyHops?: number;
}

export function createAuth(prisma: PrismaClient = db, { quiet = false, trustedProxyHops: hops = trustedProxyHops() }: AuthOptions = {}) {
  const secureCookies = process.env.NODE_ENV === "production";
  return betterAuth({
    appName: "UNSC Vote Tracker",
    secret: authSecret(),
    baseURL: process.env.BETTER_AUTH_URL,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true, // accounts are created by an admin or the seed (lib/auth/users.ts)
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        // input: false — nobody can give themselves a role through the API.
        role: { type: ["admin", "editor"], required: true, defaultValue: "editor", input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    // The app uses sign-in, sign-out and get-session (server-side); app/api/auth/[...all] exposes only
    // the first two over HTTP. The rest of the surface is switched off here as well.
    disabledPaths: ["/sign-up/email", "/update-user", "/change-email", "/delete-user", "/request-password-reset", "/reset-password", "/change-password"],
    rateLimit: {
      enabled: true,
      storage: "database", // shared by every app process, never one process's memory
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 15 * 60, max: 20 },
        "/get-session": false,
      },
    },
    advanced: {
      // Only the address we resolved (lib/auth/client-address.ts) counts; the route handler drops a
      // client's own copy of this header. Unknown (0 hops): better-auth keys by path alone.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // httpOnly + SameSite=Lax always; Secure (and the __Secure- prefix) in production.
      useSecureCookies: secureCookies,
      database: { generateId: () => randomBytes(18).toString("base64url") },
    },
    logger: { level: quiet || process.env.NODE_ENV === "test" ? "error" : "warn" },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const verdict = await reserveSignInAttempt(prisma, signInKeys(ctx, hops));
        if (!verdict.allowed)
          throw new APIError("TOO_MANY_REQUESTS", {
            code: THROTTLED_CODE,
            message: `Too many failed sign-ins for this ${verdict.scope}. Try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} minutes.`,
            scope: verdict.scope,
            retryAfterSeconds: verdict.retryAfterSeconds,
          });
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const returned = ctx.context.returned;
        const keys = signInKeys(ctx, hops);
        const buckets = await signInBuckets(prisma, keys);
        if (isAPIError(returned)) {
          // A wrong password keeps its reserved attempt; anything else (a malformed body) gives it back.
          if (returned.statusCode === 401) await pruneSignInThrottle(prisma);
          else await releaseSignInAttempt(prisma, buckets);
          return;
        }
        // This browser becomes a known client of the account (its own bucket: docs/decisions/009).
        const token = ctx.getCookie(DEVICE_COOKIE) && keys.device ? ctx.getCookie(DEVICE_COOKIE)! : newDeviceToken();
        ctx.setCookie(DEVICE_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: secureCookies, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE });
        await recordSignInSuccess(prisma, { ...keys, device: deviceHash(token) }, buckets);
      }),
    },
    plugins: [nextCookies()], // must stay last: it copies Set-Cookie into Next's cookies() in server actions
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The app's instance, created on first use so that importing never needs the environment (builds). */
export function getAuth(): Auth {
  return (globalForAuth.auth ??= createAuth());
}
