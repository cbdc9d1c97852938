// Issue 12: creating or removing a user writes its audit entry in the same transaction. The failure
// is a real one: a trigger makes PostgreSQL refuse the audit entry for one account, after the
// account itself was written. The user write must then be rolled back with it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, removeUser } from "@/lib/admin/users";
import { createTestUser, sessionCookie, type TestUser } from "../support/factories";

const DOOMED = "audit-refused@example.org";
let admin: TestUser;

beforeAll(async () => {
  admin = await createTestUser("admin");
  await db.$executeRawUnsafe(`
    CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit entry refused for %', NEW.entity_key; END $$`);
  await db.$executeRawUnsafe(`
    CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_entry FOR EACH ROW
    WHEN (NEW.entity = 'user' AND NEW.entity_key = '${DOOMED}') EXECUTE FUNCTION test_refuse_audit()`);
});

afterAll(async () => {
  await db.$executeRawUnsafe("DROP TRIGGER IF EXISTS test_refuse_audit ON audit_entry");
  await db.$executeRawUnsafe("DROP FUNCTION IF EXISTS test_refuse_audit()");
});

describe("a user write and its audit entry", () => {
  it("creating: when the audit entry fails, no account (nor credential) is left behind", async () => {
    const accounts = await db.account.count();
    await expect(createUser({ email: DOOMED, name: "Refused", role: "editor", password: "a-long-enough-password-42" }, admin)).rejects.toThrow(
      /audit entry refused/,
    );
    expect(await db.user.count({ where: { email: DOOMED } })).toBe(0);
    expect(await db.account.count()).toBe(accounts);
  });

  it("removing: when the audit entry fails, the account keeps its credential and sessions", async () => {
    const victim = await createTestUser("editor", DOOMED);
    await sessionCookie(victim, "198.51.100.61");
    const before = await db.user.findUniqueOrThrow({ where: { id: victim.id }, select: { _count: { select: { accounts: true, sessions: true } } } });
    expect(before._count).toEqual({ accounts: 1, sessions: 1 });
    await expect(removeUser({ id: victim.id }, admin)).rejects.toThrow(/audit entry refused/);
    const after = await db.user.findUnique({ where: { id: victim.id }, select: { _count: { select: { accounts: true, sessions: true } } } });
    expect(after?._count).toEqual({ accounts: 1, sessions: 1 });
  });

  it("both succeed together otherwise: one audit entry per account created or removed, never a password", async () => {
    const email = "audited-together@example.org";
    const created = await createUser({ email, name: "Together", role: "editor", password: "a-long-enough-password-43" }, admin);
    expect(created).toMatchObject({ ok: true });
    expect(await db.auditEntry.count({ where: { entity: "user", entityKey: email, action: "create" } })).toBe(1);
    expect(await removeUser({ id: created.ok ? created.key : "" }, admin)).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { email } })).toBe(0);
    const audit = await db.auditEntry.findMany({ where: { entity: "user", entityKey: email }, select: { action: true, before: true, after: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "delete"]);
    expect(JSON.stringify(audit)).not.toContain("a-long-enough-password");
  });

  it("twelve parallel creations of one email make one account and one audit entry", async () => {
    const email = "raced@example.org";
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createUser({ email, name: `Raced ${i}`, role: "editor", password: "a-long-enough-password-44" }, admin)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r).toMatchObject({ status: "invalid", fieldErrors: { email: [{ code: "emailTaken" }] } });
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entity: "user", entityKey: email } })).toBe(1);
  });
});
