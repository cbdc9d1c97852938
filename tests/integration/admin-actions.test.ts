// The server actions themselves, as a request would reach them: the session comes from the Cookie
// header (a real better-auth session in the database), nothing else. Next's request APIs are
// replaced by a stand-in request: next/headers (headers, cookies) and next/cache (revalidatePath, updateTag).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ cookie: "", revalidated: [] as string[] }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie, "x-forwarded-for": "198.51.100.20" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
// next-intl's navigation helpers need Next's bundler; this stand-in keeps the routing rule that
// matters here (English unprefixed, Thai under /th) and throws like Next's redirect().
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href, locale }: { href: string | { pathname: string; query?: Record<string, string> }; locale: string }) => {
    const path = typeof href === "string" ? href : `${href.pathname}${href.query ? `?${new URLSearchParams(href.query)}` : ""}`;
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${locale === "en" ? "" : `/${locale}`}${path};307;` });
  },
}));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string, type?: string) => request.revalidated.push(`${path}:${type ?? "page"}`),
  revalidateTag: () => {},
  updateTag: (tag: string) => request.revalidated.push(`tag:${tag}`),
}));

import { db } from "@/lib/db";
import { deleteDraftAction, loadSittingMembersAction, saveDraftAction } from "@/lib/actions/drafts";
import { recordTermAction, renameMemberAction } from "@/lib/actions/members";
import { createUserAction } from "@/lib/actions/users";
import { importAction } from "@/lib/actions/import";
import { signOutAction } from "@/lib/actions/session";
import { createTestUser, realVoteValues, sessionCookie, writeCounts, type TestUser } from "../support/factories";
import { draftFormData } from "../support/forms";

let editor: TestUser;
let admin: TestUser;
let editorCookie: string;
let adminCookie: string;

beforeAll(async () => {
  editor = await createTestUser("editor");
  admin = await createTestUser("admin");
  editorCookie = await sessionCookie(editor);
  adminCookie = await sessionCookie(admin);
});

beforeEach(() => {
  request.cookie = "";
  request.revalidated = [];
});

/** Runs an action that redirects on success; returns the redirect target (Next throws to redirect). */
async function expectRedirect(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]!;
    throw error;
  }
  throw new Error("expected a redirect");
}

describe("without a session (e.g. curl)", () => {
  it("saveDraftAction changes nothing and says why", async () => {
    const before = await writeCounts();
    const values = await realVoteValues();
    const state = await saveDraftAction({ status: "idle" }, draftFormData(values));
    expect(state).toMatchObject({ status: "unauthorized", message: { code: "signInRequired" } });
    expect(state.values?.symbol).toBe(values.symbol);
    expect(await writeCounts()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });

  it("a forged or expired cookie is no session", async () => {
    request.cookie = "better-auth.session_token=forged.signature";
    const before = await writeCounts();
    const state = await saveDraftAction({ status: "idle" }, draftFormData(await realVoteValues()));
    expect(state.status).toBe("unauthorized");
    expect(await writeCounts()).toEqual(before);
  });

  it("deleteDraftAction, member and import actions change nothing either", async () => {
    const before = await writeCounts();
    const del = new FormData();
    del.set("ref", "S/2025/353");
    del.set("version", "1");
    expect(await deleteDraftAction({ status: "idle" }, del)).toMatchObject({ status: "unauthorized" });
    const term = new FormData();
    term.set("code", "LVA");
    term.set("firstYear", "2027");
    term.set("years", "2");
    expect(await recordTermAction({ status: "idle" }, term)).toMatchObject({ status: "unauthorized" });
    const file = new FormData();
    file.set("csvText", "symbol,date\n");
    file.set("intent", "apply");
    expect(await importAction({ status: "idle" }, file)).toMatchObject({ status: "unauthorized" });
    expect(await loadSittingMembersAction("2025-06-04")).toBeNull();
    expect(await db.draft.count({ where: { ref: "S/2025/353" } })).toBe(1);
    expect(await writeCounts()).toEqual(before);
  });

  it("after sign-out the old cookie no longer works", async () => {
    const user = await createTestUser("editor");
    request.cookie = await sessionCookie(user);
    expect((await loadSittingMembersAction("2025-06-04"))?.length).toBe(15);
    const out = new FormData();
    out.set("locale", "en");
    expect(await expectRedirect(() => signOutAction(out))).toBe("/admin/login?signedOut=1");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await loadSittingMembersAction("2025-06-04")).toBeNull();
  });
});

describe("as an editor", () => {
  it("records a vote, revalidates every page and redirects to the saved draft", async () => {
    request.cookie = editorCookie;
    const values = await realVoteValues();
    const target = await expectRedirect(() => saveDraftAction({ status: "idle" }, draftFormData(values)));
    expect(target).toBe(`/admin/resolutions/${values.symbol}/edit?saved=created`);
    expect(request.revalidated).toEqual(["tag:vote-data", "/:layout"]);
    const d = await db.draft.findUniqueOrThrow({
      where: { ref: values.symbol },
      select: { outcome: true, updatedBy: true, _count: { select: { votes: true, vetoes: true } } },
    });
    expect(d).toMatchObject({ outcome: "VETOED", updatedBy: editor.email, _count: { votes: 15, vetoes: 1 } });
  });

  it("ignores an outcome or veto the browser sends", async () => {
    request.cookie = editorCookie;
    const values = await realVoteValues();
    const fd = draftFormData({ ...values, votes: { ...values.votes, USA: "Y" } }, { outcome: "VETOED", yesCount: "3", "veto.USA": "1" });
    await expectRedirect(() => saveDraftAction({ status: "idle" }, fd));
    const d = await db.draft.findUniqueOrThrow({
      where: { ref: values.symbol },
      select: { outcome: true, yesCount: true, _count: { select: { vetoes: true } } },
    });
    expect(d).toMatchObject({ outcome: "ADOPTED", yesCount: 15, _count: { vetoes: 0 } });
  });

  it("a refused form comes back with its values, the grid for its date and errors at the fields", async () => {
    request.cookie = editorCookie;
    const before = await writeCounts();
    const values = await realVoteValues("S/2025/353", { title: "x".repeat(900), symbol: "not a symbol" });
    const state = await saveDraftAction({ status: "idle" }, draftFormData(values));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.title?.[0]?.code).toBe("tooLong");
    expect(state.fieldErrors?.symbol?.[0]?.code).toBe("symbolFormat");
    expect(state.values).toMatchObject({ symbol: "not a symbol", votedOn: "2025-06-04", votes: values.votes });
    expect(state.members?.map((m) => m.code)).toHaveLength(15);
    expect(await writeCounts()).toEqual(before);
  });

  it("the no-JavaScript 'members for this date' button reloads the grid and writes nothing", async () => {
    request.cookie = editorCookie;
    const before = await writeCounts();
    const state = await saveDraftAction({ status: "idle" }, draftFormData({ ...(await realVoteValues()), votedOn: "1960-06-01" }, { intent: "members" }));
    expect(state).toMatchObject({ status: "idle", membersFor: "1960-06-01", message: { code: "membersLoaded" } });
    expect(state.members).toHaveLength(11); // the Council had 11 members before 1966
    expect(await writeCounts()).toEqual(before);
  });

  it("a stale edit is refused with who changed it (an alias: an editor reads no other account's email) and when", async () => {
    request.cookie = editorCookie;
    const values = await realVoteValues();
    await expectRedirect(() => saveDraftAction({ status: "idle" }, draftFormData(values)));
    request.cookie = adminCookie;
    await expectRedirect(() =>
      saveDraftAction({ status: "idle" }, draftFormData({ ...values, version: "1", title: "Admin's fix" }, { originalRef: values.symbol })),
    );
    request.cookie = editorCookie;
    const state = await saveDraftAction({ status: "idle" }, draftFormData({ ...values, version: "1", title: "Editor's fix" }, { originalRef: values.symbol }));
    expect(state).toMatchObject({ status: "conflict", message: { code: "conflict", values: { by: expect.stringMatching(/^#[0-9a-f]{8}$/) } } });
    expect(JSON.stringify(state)).not.toContain(admin.email);
    expect((await db.draft.findUniqueOrThrow({ where: { ref: values.symbol } })).title).toBe("Admin's fix");
  });

  it("deletes a draft through the confirmation form", async () => {
    request.cookie = editorCookie;
    const values = await realVoteValues();
    await expectRedirect(() => saveDraftAction({ status: "idle" }, draftFormData(values)));
    const fd = new FormData();
    fd.set("ref", values.symbol);
    fd.set("version", "1");
    fd.set("locale", "th");
    const target = await expectRedirect(() => deleteDraftAction({ status: "idle" }, fd));
    expect(target).toMatch(/^\/th\/admin\?deleted=/);
    expect(await db.draft.count({ where: { ref: values.symbol } })).toBe(0);
  });

  it("cannot manage users (admin only)", async () => {
    request.cookie = editorCookie;
    const fd = new FormData();
    fd.set("email", "new-person@example.org");
    fd.set("name", "New Person");
    fd.set("role", "admin");
    fd.set("password", "a-long-enough-password");
    const state = await createUserAction({ status: "idle" }, fd);
    expect(state).toMatchObject({ status: "forbidden", message: { code: "roleRequired", values: { role: "admin" } } });
    expect(state.values).not.toHaveProperty("password");
    expect(await db.user.count({ where: { email: "new-person@example.org" } })).toBe(0);
  });
});

describe("as an admin", () => {
  it("creates an account whose password is stored only as a hash and audited without it", async () => {
    request.cookie = adminCookie;
    const fd = new FormData();
    fd.set("email", "Second.Editor@Example.org");
    fd.set("name", "Second Editor");
    fd.set("role", "editor");
    fd.set("password", "correct horse battery staple");
    expect(await createUserAction({ status: "idle" }, fd)).toMatchObject({ status: "ok" });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "second.editor@example.org" },
      select: { id: true, role: true, accounts: { select: { password: true } } },
    });
    expect(user.role).toBe("editor");
    const hash = user.accounts[0]!.password!;
    expect(hash).not.toContain("correct horse");
    expect(hash).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // scrypt salt:key
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "user", entityKey: "second.editor@example.org" } });
    expect(JSON.stringify(audit)).not.toContain("correct horse");
  });

  it("records an elected term (2027-2028) and corrects a state's names, with audit entries", async () => {
    request.cookie = adminCookie;
    const term = new FormData();
    term.set("code", "LVA");
    term.set("firstYear", "2027");
    term.set("years", "2");
    const state = await recordTermAction({ status: "idle" }, term);
    expect(state).toMatchObject({ status: "ok" });
    const seats = await db.councilSeat.findMany({ where: { memberCode: "LVA", year: { in: [2027, 2028] } }, orderBy: { year: "asc" } });
    expect(seats.map((s) => [s.year, s.permanent, s.startsOn.toISOString().slice(0, 10), s.endsOn.toISOString().slice(0, 10)])).toEqual([
      [2027, false, "2027-01-01", "2027-12-31"],
      [2028, false, "2028-01-01", "2028-12-31"],
    ]);
    expect(await recordTermAction({ status: "idle" }, term)).toMatchObject({ status: "invalid", fieldErrors: { firstYear: [{ code: "seatExists" }] } });
    const p5 = new FormData();
    p5.set("code", "FRA");
    p5.set("firstYear", "2027");
    p5.set("years", "2");
    expect(await recordTermAction({ status: "idle" }, p5)).toMatchObject({ status: "invalid", fieldErrors: { code: [{ code: "permanentMember" }] } });

    const names = new FormData();
    names.set("code", "LVA");
    names.set("nameEn", "Latvia");
    names.set("nameTh", "ลัตเวีย");
    names.set("version", String((await db.memberState.findUniqueOrThrow({ where: { code: "LVA" } })).version));
    expect(await renameMemberAction({ status: "idle" }, names)).toMatchObject({ status: "ok" });
    expect(await db.auditEntry.count({ where: { entity: "seat", entityKey: "LVA:2027-2028" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entity: "member", entityKey: "LVA", action: "update" } })).toBe(1);
  });
});
