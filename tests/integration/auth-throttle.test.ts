// Sign-in as an attacker shapes it, against the real database: forged X-Forwarded-For, parallel
// bursts, locking the owner out, better-auth endpoints the app does not use (docs/decisions/009).
import { afterEach, describe, expect, it } from "vitest";
import { isAPIError } from "better-auth/api";
import { db } from "@/lib/db";
import { createAuth, THROTTLED_CODE, type Auth } from "@/lib/auth/auth";
import { ACCOUNT_MAX_FAILURES, MAX_FAILURES } from "@/lib/auth/throttle";
import { DEVICE_COOKIE } from "@/lib/auth/device";
import { GET, POST } from "@/app/api/auth/[...all]/route";
import { createTestUser, sessionCookie } from "../support/factories";

type Outcome = { status: number; code?: string; setCookie?: string | null };

async function signIn(auth: Auth, email: string, password: string, headers: Record<string, string> = {}, extra: object = {}): Promise<Outcome> {
  try {
    const body = { email, password, ...extra };
    const { headers: out } = await auth.api.signInEmail({ body, headers: new Headers(headers), returnHeaders: true });
    return { status: 200, setCookie: out.get("set-cookie") };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    return { status: error.statusCode, code: (error.body as { code?: string } | undefined)?.code };
  }
}

const tally = (outcomes: Outcome[]) => ({
  checked: outcomes.filter((o) => o.status === 401).length, // reached the password check
  throttled: outcomes.filter((o) => o.status === 429).length, // ours (THROTTLED_CODE) or better-auth's own limiter
});

function httpPost(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return POST(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", ...headers },
      body: JSON.stringify(body),
    }),
  );
}

afterEach(async () => {
  await db.signInThrottle.deleteMany();
  await db.signInKnownClient.deleteMany();
  await db.rateLimit.deleteMany();
});

describe("the client address", () => {
  it(`with 0 trusted hops (the default) a forged X-Forwarded-For buys nothing: ${MAX_FAILURES} attempts per account, then 429`, async () => {
    const user = await createTestUser("editor");
    const outcomes: Outcome[] = [];
    // Over HTTP, a new forged address on every request (today each was a fresh address: all 30 passed).
    for (let i = 0; i < 30; i++) {
      const res = await httpPost("/sign-in/email", { email: user.email, password: "wrong-password-123" }, { "x-forwarded-for": `198.51.100.${i + 1}` });
      const body = (await res.json()) as { code?: string };
      outcomes.push({ status: res.status, code: body.code });
    }
    expect(tally(outcomes)).toEqual({ checked: MAX_FAILURES, throttled: 30 - MAX_FAILURES });
    // No bucket was keyed by a forged address, so none can be locked by forging it.
    expect(await db.signInThrottle.count({ where: { key: { contains: "198.51.100." } } })).toBe(0);
    expect(await db.rateLimit.count({ where: { key: { contains: "198.51.100." } } })).toBe(0);
  });

  it("with 1 trusted hop the address is the proxy's entry (rightmost); the client's own entries and header are ignored", async () => {
    const auth = createAuth(db, { quiet: true, trustedProxyHops: 1 });
    const user = await createTestUser("editor");
    // The client writes a different left part each time; our proxy appends the real peer 192.0.2.10.
    for (let i = 0; i < MAX_FAILURES; i++)
      await signIn(auth, user.email, "wrong-password-123", { "x-forwarded-for": `10.0.0.${i}, 192.0.2.10`, "x-unsc-client-address": `10.9.9.${i}` });
    expect(await signIn(auth, user.email, user.password, { "x-forwarded-for": "10.0.0.99, 192.0.2.10" })).toMatchObject({ status: 429 });
    const keys = (await db.signInThrottle.findMany({ select: { key: true } })).map((r) => r.key).sort();
    expect(keys).toEqual([`account:${user.email}`, "address:192.0.2.10", `pair:${user.email}|address:192.0.2.10`]);
    // Another address is not locked by this one's failures.
    expect(await signIn(auth, user.email, user.password, { "x-forwarded-for": "192.0.2.11" })).toMatchObject({ status: 200 });
  });
});

describe("attempts are reserved before the password is checked", () => {
  it(`30 parallel wrong sign-ins from one address: exactly ${MAX_FAILURES} reach the password check`, async () => {
    const auth = createAuth(db, { quiet: true, trustedProxyHops: 1 });
    const user = await createTestUser("editor");
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => signIn(auth, user.email, "wrong-password-123", { "x-forwarded-for": "203.0.113.30" })));
    expect(tally(outcomes)).toEqual({ checked: MAX_FAILURES, throttled: 30 - MAX_FAILURES });
  });

  it(`30 parallel wrong sign-ins from 30 addresses: at most ${MAX_FAILURES} per address and ${ACCOUNT_MAX_FAILURES} for the account`, async () => {
    const auth = createAuth(db, { quiet: true, trustedProxyHops: 1 });
    const user = await createTestUser("editor");
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(auth, user.email, "wrong-password-123", { "x-forwarded-for": `203.0.113.${100 + i}` })),
    );
    expect(tally(outcomes)).toEqual({ checked: ACCOUNT_MAX_FAILURES, throttled: 30 - ACCOUNT_MAX_FAILURES });
  });

  it("a refused or malformed attempt gives its reservation back", async () => {
    const auth = createAuth(db, { quiet: true, trustedProxyHops: 1 });
    const user = await createTestUser("editor");
    // A body better-auth refuses as malformed never reaches the password check: not a failure.
    for (let i = 0; i < 10; i++)
      expect(await signIn(auth, user.email, user.password, { "x-forwarded-for": "203.0.113.40" }, { rememberMe: "yes" })).toMatchObject({ status: 400 });
    expect(await signIn(auth, user.email, user.password, { "x-forwarded-for": "203.0.113.40" })).toMatchObject({ status: 200 });
  });
});

describe("an attacker cannot lock the owner out", () => {
  it("with addresses (1 hop): the account locked for unknown clients stays open from an address that signed in before", async () => {
    const auth = createAuth(db, { quiet: true, trustedProxyHops: 1 });
    const admin = await createTestUser("admin");
    expect(await signIn(auth, admin.email, admin.password, { "x-forwarded-for": "192.0.2.100" })).toMatchObject({ status: 200 });
    // The attacker spreads failures over many addresses until the account is locked for unknown clients.
    for (let i = 0; i < ACCOUNT_MAX_FAILURES + 5; i++)
      await signIn(auth, admin.email, "wrong-password-123", { "x-forwarded-for": `198.18.${Math.floor(i / 4)}.${i % 4}` });
    expect(await signIn(auth, admin.email, admin.password, { "x-forwarded-for": "192.0.2.101" })).toMatchObject({ status: 429, code: THROTTLED_CODE });
    expect(await signIn(auth, admin.email, admin.password, { "x-forwarded-for": "192.0.2.100" })).toMatchObject({ status: 200 });
  });

  it("without addresses (0 hops): the browser that signed in before keeps its own bucket through its device cookie", async () => {
    const auth = createAuth(db, { quiet: true, trustedProxyHops: 0 });
    const admin = await createTestUser("admin");
    const first = await signIn(auth, admin.email, admin.password);
    const device = new RegExp(`${DEVICE_COOKIE}=([^;]+)`).exec(first.setCookie ?? "")?.[1];
    expect(device).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.setCookie).toMatch(new RegExp(`${DEVICE_COOKIE}=[^,]*HttpOnly`, "i"));
    for (let i = 0; i < 2 * MAX_FAILURES; i++) await signIn(auth, admin.email, "wrong-password-123");
    expect(await signIn(auth, admin.email, admin.password)).toMatchObject({ status: 429 });
    // A forged or unknown device cookie is just another unknown client.
    expect(await signIn(auth, admin.email, admin.password, { cookie: `${DEVICE_COOKIE}=${"x".repeat(32)}` })).toMatchObject({ status: 429 });
    expect(await signIn(auth, admin.email, admin.password, { cookie: `${DEVICE_COOKIE}=${device}` })).toMatchObject({ status: 200 });
    // Only the cookie's hash is stored.
    const known = await db.signInKnownClient.findMany({ where: { email: admin.email } });
    expect(known.map((k) => k.client)).toEqual([expect.stringMatching(/^device:[0-9a-f]{64}$/)]);
  });
});

describe("only the better-auth endpoints the app uses are exposed", () => {
  const REFUSED = [
    "/get-session",
    "/list-sessions",
    "/verify-password",
    "/revoke-session",
    "/revoke-sessions",
    "/revoke-other-sessions",
    "/update-session",
    "/sign-up/email",
    "/update-user",
    "/change-password",
    "/change-email",
    "/delete-user",
    "/request-password-reset",
    "/reset-password",
    "/verify-email",
    "/send-verification-email",
    "/list-accounts",
    "/account-info",
    "/refresh-token",
    "/get-access-token",
    "/unlink-account",
    "/ok",
    "/error",
    "/no-such-endpoint",
    "/sign-in/email/../verify-password",
  ];
  const tables = async () => ({
    user: await db.user.count(),
    session: await db.session.count(),
    account: await db.account.count(),
    verification: await db.verification.count(),
    rateLimit: await db.rateLimit.count(),
    signInThrottle: await db.signInThrottle.count(),
    signInKnownClient: await db.signInKnownClient.count(),
  });

  it("every other path is a 404 for GET and POST, with or without a session, and anonymous ones write nothing", async () => {
    const user = await createTestUser("editor");
    const cookie = await sessionCookie(user);
    const before = await tables();
    for (const path of REFUSED) {
      for (const headers of [{}, { cookie }] as Record<string, string>[]) {
        const post = await httpPost(path, { password: user.password, currentPassword: user.password, newPassword: "another-long-password-1" }, headers);
        expect(post.status, `POST ${path}`).toBe(404);
        expect(await post.text()).not.toContain(cookie.split("=")[1]!.split(".")[0]!);
      }
      expect((await GET()).status, `GET ${path}`).toBe(404);
    }
    expect(await tables()).toEqual(before);
    // The session still works and its password is unchanged.
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("sign-in over HTTP sets the cookie but never puts the session token in the body; sign-out works", async () => {
    const user = await createTestUser("editor");
    const res = await httpPost("/sign-in/email", { email: user.email, password: user.password });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty("token");
    expect(body).toMatchObject({ user: { email: user.email } });
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(JSON.stringify(body)).not.toContain(session.token);
    const cookie = /(better-auth\.session_token=[^;]+)/.exec(res.headers.get("set-cookie") ?? "")![1]!;
    expect((await httpPost("/sign-out", {}, { cookie })).status).toBe(200);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("better-auth's own request limiter keeps its counts in the database (shared by every process)", async () => {
    await httpPost("/sign-in/email", { email: "nobody@example.org", password: "wrong-password-123" });
    expect(await db.rateLimit.count({ where: { key: { contains: "/sign-in/email" } } })).toBe(1);
  });
});
