// Issue 5, access: EVERY server action (every `export async function` in a "use server" file under
// app/ or lib/, found on disk) is called without a session and with too small a role, with inputs
// an admin's call would accept, and must refuse and write nothing. The session comes from a real
// better-auth session in the database via the Cookie header; only Next's request APIs are stood in
// (next/headers, the redirect helper, next/cache), as in admin-actions.test.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ cookie: "", revalidated: [] as string[] }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie, "x-forwarded-for": "198.51.100.31" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: string | { pathname: string } }) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${typeof href === "string" ? href : href.pathname};307;` });
  },
}));
vi.mock("next/cache", () => ({
  revalidatePath: (p: string) => request.revalidated.push(p),
  revalidateTag: () => {},
  updateTag: (t: string) => request.revalidated.push(`tag:${t}`),
}));

import { db } from "@/lib/db";
import { MAX_IMPORT_BYTES } from "@/lib/admin/import";
import { createTestUser, realVoteValues, sessionCookie, writeCounts, type TestUser } from "../support/factories";
import { draftFormData, formOf } from "../support/forms";

type Role = "public" | "editor" | "admin";
type AnyAction = (...args: unknown[]) => Promise<unknown>;

/** Every exported async function of every "use server" file under app/ and lib/, as "<file>#<name>". */
function actionsOnDisk(dirs: readonly string[] = ["app", "lib"]): { file: string; name: string }[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return entry === "generated" ? [] : actionsOnDisk([full]);
      if (!/\.tsx?$/.test(entry)) return [];
      const source = readFileSync(full, "utf8");
      if (!/^\s*["']use server["']/.test(source)) return [];
      return [...source.matchAll(/export async function (\w+)/g)].map((m) => ({ file: full.split(path.sep).join("/"), name: m[1]! }));
    }),
  );
}

let editor: TestUser;
let admin: TestUser;
let victim: TestUser;
let editorCookie: string;

/** For each action: the role it needs and the arguments an admin's valid call would send. */
const CALLS: Record<string, { role: Role; args: () => Promise<unknown[]> }> = {
  "lib/actions/session.ts#signOutAction": { role: "public", args: async () => [formOf({ locale: "en" })] },
  "lib/actions/session.ts#signInAction": { role: "public", args: async () => [{ status: "idle" }, formOf({ email: "x@example.org", password: "y" })] },
  "lib/actions/drafts.ts#saveDraftAction": {
    role: "editor",
    args: async () => [{ status: "idle" }, draftFormData(await realVoteValues())],
  },
  "lib/actions/drafts.ts#deleteDraftAction": {
    role: "editor",
    args: async () => {
      const d = await db.draft.findUniqueOrThrow({ where: { ref: "S/2024/255" }, select: { version: true } });
      return [{ status: "idle" }, formOf({ ref: "S/2024/255", version: String(d.version), locale: "en" })];
    },
  },
  "lib/actions/drafts.ts#loadSittingMembersAction": { role: "editor", args: async () => ["2024-03-28"] },
  "lib/actions/members.ts#addMemberAction": {
    role: "editor",
    args: async () => [{ status: "idle" }, formOf({ code: "ZZX", nameEn: "Zedland", nameTh: "เซดแลนด์", region: "Europe" })],
  },
  "lib/actions/members.ts#renameMemberAction": {
    role: "editor",
    args: async () => {
      const { version } = await db.memberState.findUniqueOrThrow({ where: { code: "RUS" }, select: { version: true } });
      return [{ status: "idle" }, formOf({ code: "RUS", nameEn: "Renamed", nameTh: "เปลี่ยนชื่อ", version: String(version) })];
    },
  },
  "lib/actions/members.ts#recordTermAction": {
    role: "editor",
    args: async () => [{ status: "idle" }, formOf({ code: "LVA", firstYear: "2027", years: "2" })],
  },
  "lib/actions/import.ts#importAction": {
    role: "editor",
    args: async () => [
      { status: "idle" },
      formOf({ file: new File([readFileSync("data/import-sample.csv")], "import-sample.csv", { type: "text/csv" }), intent: "apply" }),
    ],
  },
  "lib/actions/users.ts#createUserAction": {
    role: "admin",
    args: async () => [
      { status: "idle" },
      formOf({ email: `new-${Date.now()}@example.org`, name: "New", role: "admin", password: "a-long-enough-password-123" }),
    ],
  },
  // Any signed-in account may change its own password (lib/actions/password.ts).
  "lib/actions/password.ts#changePasswordAction": {
    role: "editor",
    args: async () => [
      { status: "idle" },
      formOf({ currentPassword: "not-the-password", newPassword: "plinth-orbit-canal-47", confirmPassword: "plinth-orbit-canal-47", locale: "en" }),
    ],
  },
  "lib/actions/users.ts#changeRoleAction": { role: "admin", args: async () => [{ status: "idle" }, formOf({ id: victim.id, role: "admin" })] },
  "lib/actions/users.ts#removeUserAction": { role: "admin", args: async () => [{ status: "idle" }, formOf({ id: victim.id })] },
};

async function load(key: string): Promise<AnyAction> {
  const [file, name] = key.split("#") as [string, string];
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, AnyAction>;
  return mod[name]!;
}

async function snapshot() {
  const users = await db.user.findMany({ select: { id: true, email: true, role: true }, orderBy: { id: "asc" } });
  const members = await db.memberState.findMany({ select: { code: true, nameEn: true, nameTh: true }, orderBy: { code: "asc" } });
  return { counts: await writeCounts(), users, members };
}

/** Runs an action; a thrown redirect counts as its answer. */
async function call(action: AnyAction, args: unknown[]): Promise<unknown> {
  try {
    return await action(...args);
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

beforeAll(async () => {
  editor = await createTestUser("editor");
  admin = await createTestUser("admin");
  victim = await createTestUser("editor");
  editorCookie = await sessionCookie(editor);
});

beforeEach(() => {
  request.cookie = "";
  request.revalidated = [];
});

describe("every server action", () => {
  it("is listed here with the role it needs (a new action must be added)", () => {
    expect(
      actionsOnDisk()
        .map((a) => `${a.file}#${a.name}`)
        .sort(),
    ).toEqual(Object.keys(CALLS).sort());
  });

  const guarded = Object.entries(CALLS).filter(([, c]) => c.role !== "public");

  it.each(guarded)("%s refuses a request without a session and writes nothing", async (key, { args }) => {
    const action = await load(key);
    for (const cookie of ["", "better-auth.session_token=forged.signature"]) {
      request.cookie = cookie;
      const before = await snapshot();
      const result = await call(action, await args());
      if (key.endsWith("#loadSittingMembersAction")) expect(result).toBeNull();
      else expect(result).toMatchObject({ status: "unauthorized", message: { code: "signInRequired" } });
      expect(await snapshot()).toEqual(before);
      expect(request.revalidated).toEqual([]);
    }
  });

  it.each(guarded.filter(([, c]) => c.role === "admin"))("%s refuses an editor and writes nothing", async (key, { args }) => {
    const action = await load(key);
    request.cookie = editorCookie;
    const before = await snapshot();
    expect(await call(action, await args())).toMatchObject({ status: "forbidden", message: { code: "roleRequired", values: { role: "admin" } } });
    expect(await snapshot()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });

  it("the inputs used above are ones an admin's call accepts (the refusals were about the session)", async () => {
    request.cookie = await sessionCookie(admin, "198.51.100.32");
    for (const key of ["lib/actions/users.ts#changeRoleAction", "lib/actions/members.ts#renameMemberAction"]) {
      expect(await call(await load(key), await CALLS[key]!.args()), key).toMatchObject({ status: "ok" });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).role).toBe("admin");
  });
});

describe("oversized import", () => {
  it("a file over the import limit is refused with a clear message and nothing is written", async () => {
    request.cookie = editorCookie;
    const sample = readFileSync("data/import-sample.csv", "utf8");
    const big = sample + "\n".repeat(MAX_IMPORT_BYTES);
    const before = await snapshot();
    const state = await call(await load("lib/actions/import.ts#importAction"), [
      { status: "idle" },
      formOf({ file: new File([big], "big.csv", { type: "text/csv" }), intent: "apply" }),
    ]);
    expect(state).toMatchObject({
      status: "invalid",
      report: { ok: false, applied: false, fileErrors: [{ code: "fileTooLarge", values: { max: MAX_IMPORT_BYTES / 1024 } }] },
    });
    expect(await snapshot()).toEqual(before);
  });
});
