// Accounts and sessions through better-auth against the real database: hashing, sessions stored in
// the database, cookies, no public sign-up, the first admin from the environment. The throttle and
// the HTTP surface: auth-throttle.test.ts; passwords: auth-passwords.test.ts.
import { describe, expect, it } from "vitest";
import { isAPIError } from "better-auth/api";
import { db } from "@/lib/db";
import { createAuth, getAuth } from "@/lib/auth/auth";
import { ensureFirstAdmin, DEV_ADMIN_EMAIL } from "@/lib/auth/first-admin";
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

  it("refuses half a configuration, a short or common password, and the email as password", async () => {
    const run = (ADMIN_PASSWORD: string, ADMIN_EMAIL = "a@example.org") => ensureFirstAdmin(db, { env: { ADMIN_EMAIL, ADMIN_PASSWORD }, log: () => {} });
    await expect(ensureFirstAdmin(db, { env: { ADMIN_EMAIL: "a@example.org" }, log: () => {} })).rejects.toThrow(/both/);
    await expect(run("short")).rejects.toThrow(/12/);
    await expect(run("qwerty123456")).rejects.toThrow(/common/);
    await expect(run("Password2024!")).rejects.toThrow(/common/);
    await expect(run("Admin.Chief@Example.org", "admin.chief@example.org")).rejects.toThrow(/email/);
    expect(await db.user.count({ where: { email: { in: ["a@example.org", "admin.chief@example.org"] } } })).toBe(0);
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
