// Accounts and sessions through better-auth against the real database: hashing, sessions stored in
// the database, cookies, no public sign-up, failed sign-ins throttled per account and per address,
// the first admin from the environment.
import { afterEach, describe, expect, it } from "vitest";
import { isAPIError } from "better-auth/api";
import { db } from "@/lib/db";
import { createAuth, getAuth, THROTTLED_CODE } from "@/lib/auth/auth";
import { ensureFirstAdmin, DEV_ADMIN_EMAIL } from "@/lib/auth/first-admin";
import { checkSignIn, MAX_FAILURES, recordSignInFailure, WINDOW_MS } from "@/lib/auth/throttle";
import { createTestUser, sessionCookie } from "../support/factories";

async function signIn(email: string, password: string, ip: string): Promise<{ ok: true } | { ok: false; status: number; code?: string; message?: string }> {
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: new Headers({ "x-forwarded-for": ip }) });
    return { ok: true };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const body = error.body as { code?: string; message?: string } | undefined;
    return { ok: false, status: error.statusCode, code: body?.code, message: body?.message };
  }
}

// process.env as a plain record (Next's types make NODE_ENV read-only).
const env = process.env as Record<string, string | undefined>;

describe("accounts", () => {
  it("stores the password only as a scrypt hash, and signs in to a session kept in the database", async () => {
    const user = await createTestUser("editor");
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(account.password).not.toContain(user.password);
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    const cookie = await sessionCookie(user);
    const session = await getAuth().api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user).toMatchObject({ email: user.email, role: "editor" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("sets an httpOnly, SameSite=Lax session cookie (Secure and __Secure- in production)", async () => {
    const user = await createTestUser("editor");
    const dev = await getAuth().api.signInEmail({ body: { email: user.email, password: user.password }, headers: new Headers(), returnHeaders: true });
    const devCookie = dev.headers.get("set-cookie")!;
    expect(devCookie).toMatch(/HttpOnly/);
    expect(devCookie).toMatch(/SameSite=Lax/i);

    const saved = { ...env };
    try {
      Object.assign(env, { NODE_ENV: "production", BETTER_AUTH_SECRET: "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz" });
      const prod = await createAuth(db, { quiet: true }).api.signInEmail({
        body: { email: user.email, password: user.password },
        headers: new Headers(),
        returnHeaders: true,
      });
      const prodCookie = prod.headers.get("set-cookie")!;
      expect(prodCookie).toMatch(/^__Secure-better-auth\.session_token=/);
      expect(prodCookie).toMatch(/; Secure/);
      expect(prodCookie).toMatch(/HttpOnly/);
    } finally {
      env.NODE_ENV = saved.NODE_ENV;
      if (saved.BETTER_AUTH_SECRET === undefined) delete env.BETTER_AUTH_SECRET;
    }
  });

  it("refuses to start in production without BETTER_AUTH_SECRET (there is no default)", () => {
    const saved = { NODE_ENV: env.NODE_ENV, SECRET: env.BETTER_AUTH_SECRET };
    try {
      env.NODE_ENV = "production";
      delete env.BETTER_AUTH_SECRET;
      expect(() => createAuth(db)).toThrow(/BETTER_AUTH_SECRET/);
    } finally {
      env.NODE_ENV = saved.NODE_ENV;
      if (saved.SECRET) env.BETTER_AUTH_SECRET = saved.SECRET;
    }
  });

  it("has no public sign-up, and nobody can give themselves a role", async () => {
    const auth = getAuth();
    const response = await auth.handler(
      new Request("http://localhost/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost" },
        body: JSON.stringify({ email: "intruder@example.org", password: "a-long-password-123", name: "I", role: "admin" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.count({ where: { email: "intruder@example.org" } })).toBe(0);
  });

  it("signs out: the session row is deleted", async () => {
    const user = await createTestUser("editor");
    const cookie = await sessionCookie(user);
    await getAuth().api.signOut({ headers: new Headers({ cookie }) });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await getAuth().api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });
});

describe("failed sign-ins are throttled", () => {
  afterEach(async () => {
    await db.signInThrottle.deleteMany();
  });

  it(`per account: after ${MAX_FAILURES} failures even the right password is refused, with a clear message`, async () => {
    const user = await createTestUser("editor");
    for (let i = 0; i < MAX_FAILURES; i++) {
      // A different address each time: only the account counter can stop this.
      expect(await signIn(user.email, "wrong-password-123", `198.51.100.${i + 1}`)).toMatchObject({ ok: false, status: 401 });
    }
    const blocked = await signIn(user.email, user.password, "198.51.100.99");
    expect(blocked).toMatchObject({ ok: false, status: 429, code: THROTTLED_CODE });
    if (blocked.ok) throw new Error("expected a refusal");
    expect(blocked.message).toMatch(/Too many failed sign-ins for this account\. Try again in 15 minutes\./);
    // Another account is not affected.
    const other = await createTestUser("editor");
    expect(await signIn(other.email, other.password, "198.51.100.98")).toEqual({ ok: true });
  });

  it(`per address: ${MAX_FAILURES} failures from one address on any accounts block that address only`, async () => {
    const user = await createTestUser("editor");
    for (let i = 0; i < MAX_FAILURES; i++) await signIn(`nobody${i}@example.org`, "wrong-password-123", "192.0.2.50");
    expect(await signIn(user.email, user.password, "192.0.2.50")).toMatchObject({ ok: false, status: 429, code: THROTTLED_CODE });
    expect(await signIn(user.email, user.password, "192.0.2.51")).toEqual({ ok: true });
  });

  it("a success clears the account's count; a window starts over after 15 minutes", async () => {
    const user = await createTestUser("editor");
    for (let i = 0; i < MAX_FAILURES - 1; i++) await signIn(user.email, "wrong-password-123", `203.0.113.${i + 1}`);
    expect(await signIn(user.email, user.password, "203.0.113.50")).toEqual({ ok: true });
    expect(await db.signInThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);

    const keys = { email: "clock@example.org", address: null };
    const t0 = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) await recordSignInFailure(db, keys, new Date(t0.getTime() + i * 1000));
    expect(await checkSignIn(db, keys, new Date(t0.getTime() + 60_000))).toMatchObject({ allowed: false, scope: "account" });
    expect(await checkSignIn(db, keys, new Date(t0.getTime() + WINDOW_MS + 1))).toEqual({ allowed: true });
  });

  it("keeps better-auth's own request limiter in the database (shared by every process)", async () => {
    const response = await getAuth().handler(
      new Request("http://localhost/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.77", origin: "http://localhost" },
        body: JSON.stringify({ email: "nobody@example.org", password: "wrong-password-123" }),
      }),
    );
    expect(response.status).toBe(401);
    expect(await db.rateLimit.count({ where: { key: { contains: "192.0.2.77" } } })).toBe(1);
  });
});

describe("the first admin", () => {
  it("comes from ADMIN_EMAIL / ADMIN_PASSWORD, and a second run keeps it an admin with that password", async () => {
    const logs: string[] = [];
    const vars = { NODE_ENV: "production", ADMIN_EMAIL: "Chief@Example.org", ADMIN_PASSWORD: "first-admin-password-42" };
    expect(await ensureFirstAdmin(db, { env: vars, log: (m) => logs.push(m) })).toEqual({ action: "created", email: "chief@example.org" });
    expect(await ensureFirstAdmin(db, { env: vars, log: (m) => logs.push(m) })).toEqual({ action: "updated", email: "chief@example.org" });
    expect(await signIn("chief@example.org", "first-admin-password-42", "192.0.2.200")).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { email: "chief@example.org" } })).role).toBe("admin");
    expect(logs.join("\n")).not.toContain("first-admin-password-42");
  });

  it("refuses half a configuration and a short password", async () => {
    await expect(ensureFirstAdmin(db, { env: { ADMIN_EMAIL: "a@example.org" }, log: () => {} })).rejects.toThrow(/both/);
    await expect(ensureFirstAdmin(db, { env: { ADMIN_EMAIL: "a@example.org", ADMIN_PASSWORD: "short" }, log: () => {} })).rejects.toThrow(/12/);
  });

  it("without the variables: production creates nothing; development creates one with a random password, printed once", async () => {
    await db.user.deleteMany({ where: { role: "admin" } });
    const logs: string[] = [];
    expect(await ensureFirstAdmin(db, { env: { NODE_ENV: "production" }, log: (m) => logs.push(m) })).toEqual({ action: "skipped" });
    expect(logs.join("\n")).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(await db.user.count({ where: { role: "admin" } })).toBe(0);

    const devLogs: string[] = [];
    const created = await ensureFirstAdmin(db, { env: { NODE_ENV: "development" }, log: (m) => devLogs.push(m) });
    if (created.action !== "created" || !created.generatedPassword) throw new Error("expected a generated admin");
    expect(created.email).toBe(DEV_ADMIN_EMAIL);
    expect(created.generatedPassword.length).toBeGreaterThanOrEqual(20);
    expect(devLogs.join("\n").split(created.generatedPassword)).toHaveLength(2); // printed exactly once
    expect(await signIn(DEV_ADMIN_EMAIL, created.generatedPassword, "192.0.2.201")).toEqual({ ok: true });

    const again = await ensureFirstAdmin(db, { env: { NODE_ENV: "development" }, log: () => {} });
    expect(again).toEqual({ action: "exists", email: DEV_ADMIN_EMAIL });
  });
});
