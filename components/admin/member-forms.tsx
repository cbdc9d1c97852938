"use client";

import { useActionState } from "react";
import { runtimeMessage } from "@/i18n/runtime-keys";
import { useTranslations } from "next-intl";
import { addMemberAction, recordTermAction, renameMemberAction, type MemberFormState } from "@/lib/actions/members";
import { buttonClass, errorsAt, Field, FormMessage } from "./field";

const IDLE: MemberFormState = { status: "idle" };

function Outcome({ state, ok }: { state: MemberFormState; ok: string }) {
  const tErr = useTranslations("admin.errors");
  if (state.status === "ok") return <FormMessage tone="ok">{ok}</FormMessage>;
  if (state.status !== "idle" && state.message) return <FormMessage tone="error">{runtimeMessage(tErr, state.message.code, state.message.values)}</FormMessage>;
  return null;
}

/** Record an elected term: one council_seat row per year, from 1 January. */
/** `defaultYear` as the reader's calendar writes it (BE in Thai); the server reads either era. */
export function ElectedTermForm({ members, defaultYear }: { members: { code: string; name: string }[]; defaultYear: string }) {
  const t = useTranslations("admin.members");
  const [state, action, pending] = useActionState(recordTermAction, IDLE);
  const v = state.status === "ok" ? {} : (state.values ?? {});
  const fe = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      <Outcome state={state} ok={t("termRecorded", { key: String(state.message?.values?.key ?? "") })} />
      <Field name="term-code" label={t("termMember")} errors={errorsAt(fe, "code")} required>
        {(p) => (
          <select {...p} name="code" defaultValue={v.code ?? ""}>
            <option value="">{t("chooseMember")}</option>
            {members.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name} ({m.code})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="firstYear" label={t("termFirstYear")} errors={errorsAt(fe, "firstYear")} required>
          {(p) => <input {...p} inputMode="numeric" maxLength={4} defaultValue={v.firstYear ?? defaultYear} />}
        </Field>
        <Field name="years" label={t("termYears")} errors={errorsAt(fe, "years")}>
          {(p) => (
            <select {...p} defaultValue={v.years ?? "2"}>
              <option value="2">{t("termLength.2")}</option>
              <option value="1">{t("termLength.1")}</option>
            </select>
          )}
        </Field>
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("termRecord")}
      </button>
    </form>
  );
}

/** Add a state (its code, names in both languages, region). */
export function AddMemberForm() {
  const t = useTranslations("admin.members");
  const [state, action, pending] = useActionState(addMemberAction, IDLE);
  const v = state.status === "ok" ? {} : (state.values ?? {});
  const fe = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      <Outcome state={state} ok={t("added", { code: String(state.message?.values?.key ?? "") })} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="code" label={t("code")} hint={t("codeHint")} errors={errorsAt(fe, "code")} required>
          {(p) => <input {...p} maxLength={3} autoCapitalize="characters" defaultValue={v.code ?? ""} />}
        </Field>
        <Field name="region" label={t("region")} errors={errorsAt(fe, "region")}>
          {(p) => <input {...p} maxLength={60} defaultValue={v.region ?? ""} />}
        </Field>
        <Field name="nameEn" label={t("nameEn")} errors={errorsAt(fe, "nameEn")} required>
          {(p) => <input {...p} lang="en" maxLength={120} defaultValue={v.nameEn ?? ""} />}
        </Field>
        <Field name="nameTh" label={t("nameTh")} errors={errorsAt(fe, "nameTh")} required>
          {(p) => <input {...p} lang="th" maxLength={120} defaultValue={v.nameTh ?? ""} />}
        </Field>
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("add")}
      </button>
    </form>
  );
}

/** Correct a state's names in English and Thai. */
export function MemberNamesForm({ member }: { member: { code: string; nameEn: string; nameTh: string; version: number } }) {
  const t = useTranslations("admin.members");
  const [state, action, pending] = useActionState(renameMemberAction, IDLE);
  const v = state.values ?? {};
  const fe = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="code" value={member.code} />
      {/* The version this page loaded: a rename saved by someone else since is refused, not overwritten. */}
      <input type="hidden" name="version" value={String(member.version)} />
      <Outcome state={state} ok={t("namesSaved", { code: member.code })} />
      <Field name="nameEn" label={t("nameEn")} errors={errorsAt(fe, "nameEn")} required>
        {(p) => <input {...p} lang="en" maxLength={120} defaultValue={v.nameEn ?? member.nameEn} />}
      </Field>
      <Field name="nameTh" label={t("nameTh")} errors={errorsAt(fe, "nameTh")} required>
        {(p) => <input {...p} lang="th" maxLength={120} defaultValue={v.nameTh ?? member.nameTh} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("saveNames")}
      </button>
    </form>
  );
}
