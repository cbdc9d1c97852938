// The password rule where passwords are set (an admin creating an account; the first admin is in
// auth-signin.test.ts) and "change your password": current password checked and throttled like
// sign-in, other sessions ended, audited without the password.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAuth } from "@/lib/auth/auth";
import { createUser } from "@/lib/admin/users";
import { changeOwnPassword } from "@/lib/admin/password";
import { MAX_FAILURES } from "@/lib/auth/throttle";
import { createTestUser, sessionCookie } from "../support/factories";

afterEach(async () => {
  await db.signInThrottle.deleteMany();
  await db.signInKnownClient.deleteMany();
});

describe("an admin creating an account", () => {
  it("refuses a common password and the email as password, with field errors, and creates nothing", async () => {
    const admin = await createTestUser("admin");
    const base = { email: "New.Editor@example.org", name: "New editor", role: "editor" };
    expect(await createUser({ ...base, password: "1q2w3e4r5t6y" }, admin)).toEqual({
      ok: false,
      status: "invalid",
      fieldErrors: { password: [{ code: "passwordCommon" }] },
    });
    expect(await createUser({ ...base, password: "new.editor@EXAMPLE.org" }, admin)).toMatchObject({
      fieldErrors: { password: [{ code: "passwordIsEmail" }] },
    });
    expect(await db.user.count({ where: { email: "new.editor@example.org" } })).toBe(0);
    expect(await createUser({ ...base, password: "resolution-2231-snapback" }, admin)).toMatchObject({ ok: true });
  });
});

describe("changing one's own password", () => {
  async function signedIn() {
    const user = await createTestUser("editor");
    const cookies = [await sessionCookie(user), await sessionCookie(user)];
    const session = await getAuth().api.getSession({ headers: new Headers({ cookie: cookies[0]! }) });
    return { user, cookies, sessionId: session!.session.id, actor: { id: user.id, email: user.email, role: "editor" as const } };
  }
  const client = { address: null, device: null };

  it("checks the current password, ends the other sessions only, and audits without the password", async () => {
    const { user, cookies, sessionId, actor } = await signedIn();
    const next = "a-new-long-passphrase-for-votes";
    expect(await changeOwnPassword({ currentPassword: "not-it-at-all-1", newPassword: next, confirmPassword: next }, { actor, sessionId, client })).toEqual({
      ok: false,
      status: "invalid",
      fieldErrors: { currentPassword: [{ code: "currentPasswordWrong" }] },
    });
    expect(await changeOwnPassword({ currentPassword: user.password, newPassword: next, confirmPassword: next }, { actor, sessionId, client })).toEqual({
      ok: true,
      sessionsEnded: 1,
    });
    const auth = getAuth();
    expect(await auth.api.getSession({ headers: new Headers({ cookie: cookies[0]! }) })).not.toBeNull();
    expect(await auth.api.getSession({ headers: new Headers({ cookie: cookies[1]! }) })).toBeNull();
    await expect(auth.api.signInEmail({ body: { email: user.email, password: user.password } })).rejects.toThrow();
    await auth.api.signInEmail({ body: { email: user.email, password: next } });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "user", entityKey: user.email }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actor: user.email, action: "update", after: { password: "changed", sessionsEnded: 1 } });
    expect(JSON.stringify(audit)).not.toContain(next);
  });

  it("refuses a weak new password with field errors, and throttles guesses of the current one like sign-in", async () => {
    const { user, sessionId, actor } = await signedIn();
    expect(
      await changeOwnPassword({ currentPassword: user.password, newPassword: "password1234", confirmPassword: "password1234" }, { actor, sessionId, client }),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { newPassword: [{ code: "passwordCommon" }] },
    });
    const next = "another-long-passphrase-42";
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        changeOwnPassword({ currentPassword: `guess-${i}-xxxxxxxx`, newPassword: next, confirmPassword: next }, { actor, sessionId, client }),
      ),
    );
    expect(guesses.filter((g) => !g.ok && g.status === "invalid")).toHaveLength(MAX_FAILURES);
    expect(guesses.filter((g) => !g.ok && g.status === "throttled")).toHaveLength(12 - MAX_FAILURES);
    // Even the right password now waits, as a sign-in would.
    expect(await changeOwnPassword({ currentPassword: user.password, newPassword: next, confirmPassword: next }, { actor, sessionId, client })).toMatchObject({
      status: "throttled",
      message: { code: "throttled" },
    });
  });
});
