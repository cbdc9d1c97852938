"use server";

import { refusalState, type ActionState } from "@/lib/forms/action-state";
import { changeUserRole, createUser, removeUser } from "@/lib/admin/users";
import { assertActionAllowed } from "@/lib/auth/guard";
import { formFields } from "@/lib/forms/form-data";
import { revalidatePath } from "next/cache";

export type UserFormState = ActionState<Record<string, string>>;

export async function createUserAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const input = formFields(fd, ["email", "name", "role", "password"]);
  const { password: _password, ...values } = input; // never echoed back
  const permission = await assertActionAllowed("admin");
  if (!permission.ok) return { ...permission.state, values };
  const result = await createUser(input, permission.user);
  if (!result.ok) return refusalState(result, values);
  revalidatePath("/admin/users");
  return { status: "ok", message: { code: "created", values: { email: values.email ?? "" } } };
}

export async function changeRoleAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const permission = await assertActionAllowed("admin");
  if (!permission.ok) return permission.state;
  const result = await changeUserRole(formFields(fd, ["id", "role"]), permission.user);
  if (!result.ok) return refusalState(result);
  revalidatePath("/admin/users");
  return { status: "ok", message: { code: "roleSaved" } };
}

export async function removeUserAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const permission = await assertActionAllowed("admin");
  if (!permission.ok) return permission.state;
  const result = await removeUser(formFields(fd, ["id"]), permission.user);
  if (!result.ok) return refusalState(result);
  revalidatePath("/admin/users");
  return { status: "ok", message: { code: "removed" } };
}
