// Issue 12: a NUL byte or invalid UTF-8 in a form field, a CSV upload or the sign-in form is a
// field (or file) error, never a 500. PostgreSQL refuses NUL in text (22021); invalid UTF-8 reaches
// the app as U+FFFD (Node's FormData and File.text() replace each bad byte), so both are refused
// before any query (lib/validations/text-input.ts, lib/admin/import-file.ts). The actions are
// called as a request reaches them (admin-actions.test.ts explains the stand-ins for Next's request APIs).
import { readFileSync } from "node:fs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie, "x-forwarded-for": "198.51.100.61" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("@/i18n/navigation", () => ({
  redirect: () => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;307;" });
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

import { db } from "@/lib/db";
import { deleteDraftAction, loadSittingMembersAction, saveDraftAction } from "@/lib/actions/drafts";
import { addMemberAction, recordTermAction, renameMemberAction } from "@/lib/actions/members";
import { changeRoleAction, createUserAction, removeUserAction } from "@/lib/actions/users";
import { importAction } from "@/lib/actions/import";
import { signInAction } from "@/lib/actions/session";
import type { DraftFormValues } from "@/lib/validations/draft-form";
import { createTestUser, realVoteValues, sessionCookie, writeCounts } from "../support/factories";
import { draftFormData, formOf } from "../support/forms";

const NUL = "\u0000";
const BAD_UTF8 = "\uFFFD"; // what %FF or the bytes C3 28 become once decoded

let editorCookie: string;
let adminCookie: string;

beforeAll(async () => {
  editorCookie = await sessionCookie(await createTestUser("editor"));
  adminCookie = await sessionCookie(await createTestUser("admin"));
});
beforeEach(() => {
  request.cookie = editorCookie;
});

const codesOf = (state: { fieldErrors?: Record<string, { code: string }[]> }) =>
  Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([k, v]) => [k, v.map((m) => m.code)]));

describe("form fields", () => {
  it.each([
    ["title", { title: `Title ${NUL}` }],
    ["agendaItem", { agendaItem: `Agenda ${BAD_UTF8}` }],
    ["newTopicEn", { newTopicEn: `Topic${NUL}`, newTopicTh: "หัวข้อ" }],
    ["sources.0.text", { sources: [{ url: "https://example.org/a", title: "A source", outlet: "", language: "en", text: `Quoted ${NUL} text` }] }],
    ["sources.0.outlet", { sources: [{ url: "https://example.org/a", title: "A source", outlet: `Out${BAD_UTF8}let`, language: "en", text: "" }] }],
  ] as const)("the draft form: %s is a field error and nothing is written", async (field, overrides) => {
    const before = await writeCounts();
    const state = await saveDraftAction({ status: "idle" }, draftFormData(await realVoteValues("S/2025/353", overrides as Partial<DraftFormValues>)));
    expect(state.status).toBe("invalid");
    expect(codesOf(state)).toEqual({ [field]: ["unreadableText"] });
    expect(await writeCounts()).toEqual(before);
  });

  it("the draft form's hidden keys (the draft edited or deleted, the grid's date) are refused or not found", async () => {
    const before = await writeCounts();
    const edit = draftFormData(await realVoteValues("S/2025/353", { symbol: "S/2025/353" }));
    edit.set("originalRef", `S/2025/353${NUL}`);
    expect(["invalid", "not-found"]).toContain((await saveDraftAction({ status: "idle" }, edit)).status);
    for (const [ref, version] of [
      [`S/2025/353${NUL}`, "1"],
      ["S/2025/353", `1${NUL}`],
    ] as const)
      expect(["invalid", "not-found"]).toContain((await deleteDraftAction({ status: "idle" }, formOf({ ref, version, locale: "en" }))).status);
    expect(await loadSittingMembersAction(`2025-06-0${NUL}`)).toEqual([]);
    expect(await writeCounts()).toEqual(before);
  });

  it("members: names, region and codes", async () => {
    const before = await writeCounts();
    const renamed = await renameMemberAction({ status: "idle" }, formOf({ code: "RUS", nameEn: `Russia${NUL}`, nameTh: `รัสเซีย${BAD_UTF8}` }));
    expect(codesOf(renamed)).toEqual({ nameEn: ["unreadableText"], nameTh: ["unreadableText"] });
    const added = await addMemberAction({ status: "idle" }, formOf({ code: "XQZ", nameEn: "Testland", nameTh: "เทสต์", region: `Region${NUL}` }));
    expect(codesOf(added)).toEqual({ region: ["unreadableText"] });
    const term = await recordTermAction({ status: "idle" }, formOf({ code: `LV${NUL}`, firstYear: "2027", years: "2" }));
    expect(codesOf(term)).toEqual({ code: ["unreadableText"] });
    expect(await writeCounts()).toEqual(before);
  });

  it("users: create, change role and remove", async () => {
    request.cookie = adminCookie;
    const users = await db.user.count();
    const created = await createUserAction(
      { status: "idle" },
      formOf({ email: "nul-test@example.org", name: `Name${NUL}`, role: "editor", password: `long-enough-password${BAD_UTF8}` }),
    );
    expect(created.status).toBe("invalid");
    expect(codesOf(created)).toEqual({ name: ["unreadableText"], password: ["unreadableText"] });
    expect(codesOf(await changeRoleAction({ status: "idle" }, formOf({ id: `x${NUL}`, role: "editor" })))).toEqual({ id: ["unreadableText"] });
    expect(codesOf(await removeUserAction({ status: "idle" }, formOf({ id: `x${NUL}` })))).toEqual({ id: ["unreadableText"] });
    expect(await db.user.count()).toBe(users);
  });

  it("sign-in: a field error, not a 500", async () => {
    request.cookie = "";
    for (const [email, password, field] of [
      [`admin${NUL}@example.org`, "some-password-123", "email"],
      [`admin${BAD_UTF8}@example.org`, "some-password-123", "email"],
      ["admin@example.org", `pass${NUL}word-123`, "password"],
    ] as const) {
      const state = await signInAction({ status: "idle" }, formOf({ email, password, locale: "en" }));
      expect(state.status, email).toBe("invalid");
      expect(codesOf(state), email).toEqual({ [field]: ["unreadableText"] });
    }
  });
});

describe("CSV uploads", () => {
  const sample = readFileSync("data/import-sample.csv", "utf8");
  const official = readFileSync("data/sc-votes-adopted-2022-2026.csv", "utf8").split("\n").slice(0, 40).join("\n") + "\n";
  /** The file as the browser uploads it: bytes, decoded by the action (invalid UTF-8 becomes U+FFFD). */
  const upload = (bytes: Uint8Array<ArrayBuffer>) => formOf({ file: new File([bytes], "upload.csv", { type: "text/csv" }), intent: "check" });
  const withBytes = (text: string, line: number, bytes: number[]) => {
    const lines = text.split("\n");
    const encoded = lines.map((l, i) =>
      Buffer.concat([Buffer.from(l), Buffer.from(i === line - 1 ? bytes : []), Buffer.from(i < lines.length - 1 ? "\n" : "")]),
    );
    return new Uint8Array(Buffer.concat(encoded)) as Uint8Array<ArrayBuffer>;
  };

  it.each([
    ["the project's format, a NUL in a title", sample, 3, [0x00]],
    ["the project's format, a byte that is not UTF-8", sample, 2, [0xff]],
    ["the project's format, an overlong sequence", sample, 4, [0xc3, 0x28]],
    ["the UN Library's format, a NUL", official, 5, [0x00]],
    ["the UN Library's format, not UTF-8", official, 7, [0xe9]],
  ] as const)("%s: a file error naming the line, nothing written (check and apply)", async (_name, text, line, bytes) => {
    const before = await writeCounts();
    for (const intent of ["check", "apply"]) {
      const fd = upload(withBytes(text, line, [...bytes]));
      fd.set("intent", intent);
      const state = await importAction({ status: "idle" }, fd);
      expect(state.status).toBe("invalid");
      const fileErrors = state.report?.fileErrors ?? state.official?.fileErrors ?? [];
      expect(fileErrors.map((e) => [e.line, e.code])).toEqual([[line, "unreadableText"]]);
    }
    // The text a clean check sends back, tampered with before "Import": refused the same way.
    const carried = formOf({ csvText: text.replace("\n", `${NUL}\n`), intent: "apply" });
    expect((await importAction({ status: "idle" }, carried)).status).toBe("invalid");
    expect(await writeCounts()).toEqual(before);
  });
});
