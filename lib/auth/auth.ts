// better-auth, configured once: email + password only (scrypt hashes in account.password),
// sessions in the database, no public sign-up (admins create accounts), failed sign-ins throttled
// per account and per address (lib/auth/throttle.ts) on top of better-auth's own request limiter.
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { checkSignIn, clearAccountFailures, recordSignInFailure, type SignInKeys } from "./throttle";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
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

function signInKeys(ctx: { body?: unknown; headers?: Headers; request?: Request }, options: Parameters<typeof getIP>[1]): SignInKeys {
  const body = (ctx.body ?? {}) as { email?: unknown };
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase().slice(0, 320) : "";
  const headers = ctx.headers ?? ctx.request?.headers;
  return { email, address: headers ? getIP(headers, options) : null };
}

export function createAuth(prisma: PrismaClient = db, { quiet = false }: { quiet?: boolean } = {}) {
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
    // Only sign-in, sign-out and get-session are used; the rest of the surface is switched off.
    disabledPaths: ["/sign-up/email", "/update-user", "/change-email", "/delete-user", "/request-password-reset", "/reset-password", "/change-password"],
    rateLimit: {
      enabled: true,
      storage: "database", // shared by every app process
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 15 * 60, max: 20 },
        "/get-session": false,
      },
    },
    advanced: {
      // httpOnly + SameSite=Lax always; Secure (and the __Secure- prefix) in production.
      useSecureCookies: process.env.NODE_ENV === "production",
      database: { generateId: () => randomBytes(18).toString("base64url") },
    },
    logger: { level: quiet || process.env.NODE_ENV === "test" ? "error" : "warn" },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const verdict = await checkSignIn(prisma, signInKeys(ctx, ctx.context.options));
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
        const keys = signInKeys(ctx, ctx.context.options);
        if (isAPIError(returned)) {
          if (returned.statusCode === 401) await recordSignInFailure(prisma, keys);
        } else await clearAccountFailures(prisma, keys.email);
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
