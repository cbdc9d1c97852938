"use server";

import { revalidateVoteData } from "@/lib/admin/revalidate";
import { refusalState, type ActionState } from "@/lib/forms/action-state";
import { maskRefusal } from "@/lib/admin/audit-view";
import { emailsFor } from "@/lib/admin/queries";
import { createMemberState, recordElectedTerm, updateMemberNames } from "@/lib/admin/members";
import { assertActionAllowed } from "@/lib/auth/guard";
import { formFields } from "@/lib/forms/form-data";

export type MemberFormState = ActionState<Record<string, string>>;

// Member names and seats show on every page (grids, charts, country pages): rebuild them all.
function revalidateMembers(): void {
  revalidateVoteData();
}

async function run(fd: FormData, fields: readonly string[], write: typeof createMemberState): Promise<MemberFormState> {
  const values = formFields(fd, fields);
  const permission = await assertActionAllowed("editor");
  if (!permission.ok) return { ...permission.state, values };
  const result = await write(values, permission.user);
  // A conflict names who saved first: as an email for an admin, an alias for an editor.
  if (!result.ok) return refusalState(maskRefusal(result, emailsFor(permission.user)), values);
  revalidateMembers();
  return { status: "ok", message: { code: "saved", values: { key: result.key } } };
}

export async function addMemberAction(_prev: MemberFormState, fd: FormData): Promise<MemberFormState> {
  return run(fd, ["code", "nameEn", "nameTh", "region"], createMemberState);
}

export async function renameMemberAction(_prev: MemberFormState, fd: FormData): Promise<MemberFormState> {
  return run(fd, ["code", "nameEn", "nameTh", "version"], updateMemberNames);
}

export async function recordTermAction(_prev: MemberFormState, fd: FormData): Promise<MemberFormState> {
  return run(fd, ["code", "firstYear", "years"], recordElectedTerm);
}
