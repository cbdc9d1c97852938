"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { runtimeMessage } from "@/i18n/runtime-keys";
import { changePasswordAction, type PasswordFormState } from "@/lib/actions/password";
import { buttonClass, errorsAt, Field, FormMessage } from "./field";

const IDLE: PasswordFormState = { status: "idle" };

/** Current password, new password twice; the server checks all three (no value is ever sent back). */
export function PasswordForm({ minPassword }: { minPassword: number }) {
  const t = useTranslations("admin.password");
  const tErr = useTranslations("admin.errors");
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  const fe = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.status === "ok" && state.message && <FormMessage tone="ok">{runtimeMessage(t, state.message.code, state.message.values)}</FormMessage>}
      {state.status !== "ok" && state.message && <FormMessage tone="error">{runtimeMessage(tErr, state.message.code, state.message.values)}</FormMessage>}
      <Field name="currentPassword" label={t("current")} errors={errorsAt(fe, "currentPassword")} required>
        {(p) => <input {...p} type="password" autoComplete="current-password" maxLength={1024} />}
      </Field>
      <Field name="newPassword" label={t("new")} hint={t("newHint", { min: minPassword })} errors={errorsAt(fe, "newPassword")} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" minLength={minPassword} maxLength={128} />}
      </Field>
      <Field name="confirmPassword" label={t("confirm")} errors={errorsAt(fe, "confirmPassword")} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" maxLength={128} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
