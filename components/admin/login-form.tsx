"use client";

import { useActionState } from "react";
import { runtimeMessage } from "@/i18n/runtime-keys";
import { useTranslations } from "next-intl";
import { signInAction, type SignInState } from "@/lib/actions/session";
import { buttonClass, errorsAt, Field, FormMessage } from "./field";

export function LoginForm({ next, locale }: { next: string; locale: string }) {
  const t = useTranslations("admin.login");
  const tErr = useTranslations("admin.errors");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { status: "idle" });
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="locale" value={locale} />
      {state.message && <FormMessage tone="error">{runtimeMessage(tErr, state.message.code, state.message.values)}</FormMessage>}
      <Field name="email" label={t("email")} errors={errorsAt(state.fieldErrors, "email")} required>
        {(p) => <input {...p} type="email" autoComplete="username" defaultValue={state.values?.email ?? ""} maxLength={320} />}
      </Field>
      <Field name="password" label={t("password")} errors={errorsAt(state.fieldErrors, "password")} required>
        {(p) => <input {...p} type="password" autoComplete="current-password" maxLength={1024} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
