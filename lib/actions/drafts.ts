"use server";

import { revalidateVoteData } from "@/lib/admin/revalidate";
import { redirect } from "@/i18n/navigation";
import { refusalState, type ActionState } from "@/lib/forms/action-state";
import { createDraft, deleteDraft, updateDraft } from "@/lib/admin/drafts";
import { emailsFor, getSittingMembers, type GridMember } from "@/lib/admin/queries";
import { maskRefusal } from "@/lib/admin/audit-view";
import { assertActionAllowed } from "@/lib/auth/guard";
import type { DraftFormValues } from "@/lib/validations/draft-form";
import { draftValuesFromFormData } from "@/lib/validations/draft-form-data";
import { draftPath } from "@/lib/validations/draft-ref";
import { formText } from "@/lib/forms/form-data";
import { memberNamer, nameMembersInErrors } from "@/lib/forms/member-names";
import { listMemberOptions } from "@/lib/queries/options";
import { formLocale } from "./form-locale";

export type DraftFormState = ActionState<DraftFormValues> & {
  /** The vote grid's members and the date they were loaded for. */
  members?: GridMember[];
  membersFor?: string;
};

/** After a write, every page, chart and API response that shows drafts is rebuilt. */
function revalidateDrafts(): void {
  revalidateVoteData();
}

/**
 * Records (no originalRef) or corrects (originalRef = the draft being edited) a vote. The button
 * "intent=members" (the no-JavaScript path) only reloads the vote grid for the date typed.
 */
export async function saveDraftAction(_prev: DraftFormState, fd: FormData): Promise<DraftFormState> {
  const values = draftValuesFromFormData(fd);
  const permission = await assertActionAllowed("editor");
  if (!permission.ok) return { ...permission.state, values };
  const date = values.votedOn.trim();
  if (formText(fd, "intent") === "members") {
    const members = await getSittingMembers(date);
    return { status: "idle", values, members, membersFor: date, message: { code: members.length ? "membersLoaded" : "noSeats" } };
  }
  const originalRef = formText(fd, "originalRef");
  const result = originalRef ? await updateDraft(originalRef, values, permission.user) : await createDraft(values, permission.user);
  if (!result.ok) {
    const [members, names] = await Promise.all([getSittingMembers(date), listMemberOptions()]);
    const refusal =
      result.status === "invalid" ? { ...result, fieldErrors: nameMembersInErrors(result.fieldErrors, memberNamer(names, formLocale(fd))) } : result;
    return { ...refusalState(maskRefusal(refusal, emailsFor(permission.user)), values), ...(members.length ? { members, membersFor: date } : {}) };
  }
  revalidateDrafts();
  redirect({ href: { pathname: `/admin${draftPath(result.ref)}/edit`, query: { saved: originalRef ? "updated" : "created" } }, locale: formLocale(fd) });
  return { status: "ok" };
}

/** Deletes a draft after the confirmation page (with the version the admin saw). */
export async function deleteDraftAction(_prev: ActionState<never>, fd: FormData): Promise<ActionState<never>> {
  const permission = await assertActionAllowed("editor");
  if (!permission.ok) return permission.state;
  const ref = formText(fd, "ref");
  const result = await deleteDraft(ref, formText(fd, "version"), permission.user);
  if (!result.ok) return refusalState(maskRefusal(result, emailsFor(permission.user)));
  revalidateDrafts();
  redirect({ href: { pathname: "/admin", query: { deleted: result.ref } }, locale: formLocale(fd) });
  return { status: "ok" };
}

/** The live grid: members sitting on a date (read-only, but still only for signed-in editors). */
export async function loadSittingMembersAction(date: string): Promise<GridMember[] | null> {
  const permission = await assertActionAllowed("editor");
  if (!permission.ok) return null;
  return getSittingMembers(typeof date === "string" ? date.trim().slice(0, 10) : "");
}
