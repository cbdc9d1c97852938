// Issue 12: editors do not see other accounts' emails in the audit trail; admins do. An editor
// sees their own address, and for every other account the same alias in the "who" column, the
// user filter, and the keys and values of user entries.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emailsFor, getDraftForEdit, listAuditEntries, listDraftsForAdmin } from "@/lib/admin/queries";
import { maskRefusal } from "@/lib/admin/audit-view";
import { createDraft } from "@/lib/admin/drafts";
import { createUser } from "@/lib/admin/users";
import { updateMemberNames } from "@/lib/admin/members";
import { createTestUser, realVoteValues, type TestUser } from "../support/factories";

const NEWCOMER = "newcomer-hidden@example.org";
let admin: TestUser;
let editor: TestUser;
let other: TestUser;

async function rename(code: string, user: TestUser) {
  const m = await db.memberState.findUniqueOrThrow({ where: { code } });
  expect(await updateMemberNames({ code, nameEn: `${m.nameEn} (checked)`, nameTh: m.nameTh, version: String(m.version) }, user)).toMatchObject({ ok: true });
}

beforeAll(async () => {
  admin = await createTestUser("admin");
  editor = await createTestUser("editor");
  other = await createTestUser("editor");
  expect(await createUser({ email: NEWCOMER, name: "Newcomer", role: "editor", password: "a-long-enough-password-77" }, admin)).toMatchObject({ ok: true });
  await rename("NOR", other);
  await rename("SWE", editor);
});

describe("the audit trail as an editor reads it", () => {
  it("holds no other account's email, anywhere in the page", async () => {
    const page = await listAuditEntries({ viewer: editor });
    const text = JSON.stringify(page);
    for (const email of [admin.email, other.email, NEWCOMER]) expect(text).not.toContain(email);
    // Every address left is the editor's own (seed entries name "seed"/"import", not an address).
    expect(new Set(text.match(/[\w.+-]+@[\w.-]+/g))).toEqual(new Set([editor.email]));
  });

  it("shows the editor's own address, marked as theirs, and an alias for the others", async () => {
    const page = await listAuditEntries({ viewer: editor });
    const own = page.rows.find((r) => r.key === "SWE")!;
    expect(own).toMatchObject({ actor: editor.email, mine: true });
    const others = page.rows.find((r) => r.key === "NOR")!;
    expect(others.actor).toMatch(/^#[0-9a-f]{8}$/);
    expect(others.mine).toBe(false);
    const created = page.rows.find((r) => r.entity === "user" && r.action === "create")!;
    expect(created.key).toMatch(/^#[0-9a-f]{8}$/);
    expect(created.changes.find((c) => c.field === "email")?.after).toBe(created.key);
    expect(page.actors).toContain(editor.email);
    expect(page.actors).toContain(others.actor);
  });

  it("filters by an alias (the same account's entries), never by another's address", async () => {
    const alias = (await listAuditEntries({ viewer: editor })).rows.find((r) => r.key === "NOR")!.actor;
    const byAlias = await listAuditEntries({ viewer: editor, actor: alias });
    expect(byAlias.total).toBe(await db.auditEntry.count({ where: { actor: other.email } }));
    expect(byAlias.rows.every((r) => r.actor === alias)).toBe(true);
    const byAddress = await listAuditEntries({ viewer: editor, actor: other.email });
    expect(byAddress.total).toBe(0);
    expect(JSON.stringify(byAddress)).not.toContain(other.email);
  });
});

describe("the audit trail as an admin reads it", () => {
  it("shows every address, and filters by address", async () => {
    const page = await listAuditEntries({ viewer: admin });
    const text = JSON.stringify(page);
    for (const email of [admin.email, other.email, editor.email, NEWCOMER]) expect(text).toContain(email);
    expect(page.rows.find((r) => r.key === "NOR")).toMatchObject({ actor: other.email, mine: false });
    expect(page.rows.find((r) => r.key === NEWCOMER)).toMatchObject({ actor: admin.email, mine: true });
    const byAddress = await listAuditEntries({ viewer: admin, actor: other.email });
    expect(byAddress.total).toBe(1);
  });
});

describe("who changed a draft, outside the audit page", () => {
  it("the admin overview and the edit page name the last editor as the viewer may read it", async () => {
    const values = await realVoteValues();
    expect(await createDraft(values, other)).toMatchObject({ ok: true });
    const asEditor = (await listDraftsForAdmin({ q: values.symbol, viewer: editor }))[0]!;
    expect(asEditor.updatedBy).toMatch(/^#[0-9a-f]{8}$/);
    expect((await getDraftForEdit(values.symbol, editor))!.updatedBy).toBe(asEditor.updatedBy);
    expect((await listDraftsForAdmin({ q: values.symbol, viewer: admin }))[0]!.updatedBy).toBe(other.email);
    expect((await getDraftForEdit(values.symbol, other))!.updatedBy).toBe(other.email);
  });

  it("a conflict tells an editor who saved first by alias, an admin by address", async () => {
    const conflict = await updateMemberNames({ code: "NOR", nameEn: "Norway", nameTh: "นอร์เวย์", version: "1" }, editor);
    expect(conflict).toMatchObject({ ok: false, status: "conflict", message: { values: { by: other.email } } });
    if (conflict.ok) return;
    const asEditor = maskRefusal(conflict, emailsFor(editor));
    expect(JSON.stringify(asEditor)).not.toContain(other.email);
    expect(asEditor).toMatchObject({ message: { code: "memberConflict", values: { by: expect.stringMatching(/^#[0-9a-f]{8}$/) } } });
    expect(maskRefusal(conflict, emailsFor(admin))).toEqual(conflict);
  });
});
