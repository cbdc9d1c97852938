// Issue 12, rules that hold under parallel requests: each test sends its requests at once
// (Promise.all of the real write functions, each in its own transaction on its own connection).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeUserRole, removeUser } from "@/lib/admin/users";
import { createTestUser, type TestUser } from "../support/factories";

const ROUNDS = 3;

/** n fresh admins, and nobody else is an admin (the seed's admin, earlier rounds' survivors become editors). */
async function onlyAdmins(n: number): Promise<TestUser[]> {
  await db.user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
  const admins: TestUser[] = [];
  for (let i = 0; i < n; i++) admins.push(await createTestUser("admin"));
  return admins;
}

const adminCount = () => db.user.count({ where: { role: "admin" } });

describe("the last admin", () => {
  it("survives two admins demoting each other at the same moment", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await onlyAdmins(2);
      const results = await Promise.all([changeUserRole({ id: b!.id, role: "editor" }, a!), changeUserRole({ id: a!.id, role: "editor" }, b!)]);
      expect(await adminCount()).toBe(1);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      // The loser is told why: either it was the last admin, or its actor had just lost the role.
      for (const r of results) if (!r.ok) expect(["invalid", "forbidden"]).toContain(r.status);
    }
  });

  it("survives a ring of admins each demoting the next at once", async () => {
    const admins = await onlyAdmins(8);
    await Promise.all(admins.map((a, i) => changeUserRole({ id: admins[(i + 1) % admins.length]!.id, role: "editor" }, a)));
    expect(await adminCount()).toBeGreaterThanOrEqual(1);
  });

  it("survives two admins removing each other at the same moment", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await onlyAdmins(2);
      const results = await Promise.all([removeUser({ id: b!.id }, a!), removeUser({ id: a!.id }, b!)]);
      expect(await adminCount()).toBe(1);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const audits = await db.auditEntry.count({ where: { entity: "user", action: "delete", entityKey: { in: [a!.email, b!.email] } } });
      expect(audits).toBe(1);
    }
  });

  it("cannot be removed or demoted by an admin who was just removed", async () => {
    const [a, b] = await onlyAdmins(2);
    const c = await createTestUser("editor");
    expect(await removeUser({ id: b!.id }, a!)).toMatchObject({ ok: true });
    // b's session was valid a moment ago; its request arrives after the removal.
    expect(await removeUser({ id: a!.id }, b!)).toMatchObject({ ok: false });
    expect(await changeUserRole({ id: c.id, role: "admin" }, b!)).toMatchObject({ ok: false, status: "forbidden" });
    expect(await adminCount()).toBe(1);
  });
});
