"use client";

import { useActionState } from "react";
import { runtimeMessage } from "@/i18n/runtime-keys";
import { useTranslations } from "next-intl";
import { changeRoleAction, createUserAction, removeUserAction, type UserFormState } from "@/lib/actions/users";
import { buttonClass, dangerButtonClass, errorsAt, Field, FormMessage, inputClass, secondaryButtonClass } from "./field";

const IDLE: UserFormState = { status: "idle" };

function Result({ state }: { state: UserFormState }) {
  const t = useTranslations("admin.users");
  const tErr = useTranslations("admin.errors");
  if (state.status === "ok" && state.message) return <FormMessage tone="ok">{runtimeMessage(t, state.message.code, state.message.values)}</FormMessage>;
  const first = state.message ?? Object.values(state.fieldErrors ?? {})[0]?.[0];
  if (state.status !== "idle" && state.status !== "ok" && first)
    return <FormMessage tone="error">{runtimeMessage(tErr, first.code, first.values)}</FormMessage>;
  return null;
}

export function CreateUserForm({ minPassword }: { minPassword: number }) {
  const t = useTranslations("admin.users");
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  const v = state.status === "ok" ? {} : (state.values ?? {});
  const fe = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.status === "ok" && <Result state={state} />}
      {state.status !== "ok" && state.message && <Result state={state} />}
      <Field name="email" label={t("email")} errors={errorsAt(fe, "email")} required>
        {(p) => <input {...p} type="email" autoComplete="off" maxLength={254} defaultValue={v.email ?? ""} />}
      </Field>
      <Field name="name" label={t("name")} errors={errorsAt(fe, "name")} required>
        {(p) => <input {...p} maxLength={120} defaultValue={v.name ?? ""} />}
      </Field>
      <Field name="role" label={t("role")} errors={errorsAt(fe, "role")}>
        {(p) => (
          <select {...p} defaultValue={v.role ?? "editor"}>
            <option value="editor">{t("roles.editor")}</option>
            <option value="admin">{t("roles.admin")}</option>
          </select>
        )}
      </Field>
      <Field name="password" label={t("password")} hint={t("passwordHint", { min: minPassword })} errors={errorsAt(fe, "password")} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" minLength={minPassword} maxLength={128} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}

export function UserRowForms({ user, self }: { user: { id: string; email: string; role: string }; self: boolean }) {
  const t = useTranslations("admin.users");
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, IDLE);
  const [removeState, removeAction, removePending] = useActionState(removeUserAction, IDLE);
  return (
    <div className="space-y-2">
      <form action={roleAction} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="id" value={user.id} />
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          {t("role")} — {user.email}
        </label>
        <select id={`role-${user.id}`} name="role" defaultValue={user.role} className={`${inputClass} mt-0 w-auto`}>
          <option value="editor">{t("roles.editor")}</option>
          <option value="admin">{t("roles.admin")}</option>
        </select>
        <button type="submit" className={`text-sm ${secondaryButtonClass}`} disabled={rolePending}>
          {t("saveRole")}
          <span className="sr-only"> — {user.email}</span>
        </button>
      </form>
      {!self && (
        <form action={removeAction}>
          <input type="hidden" name="id" value={user.id} />
          <button type="submit" className={`text-sm ${dangerButtonClass}`} disabled={removePending}>
            {t("remove")}
            <span className="sr-only"> — {user.email}</span>
          </button>
        </form>
      )}
      <Result state={roleState} />
      <Result state={removeState} />
    </div>
  );
}
