"use client";

import { useActionState } from "react";
import { runtimeMessage } from "@/i18n/runtime-keys";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { deleteDraftAction } from "@/lib/actions/drafts";
import type { ActionState } from "@/lib/forms/action-state";
import { dangerButtonClass, FormMessage, secondaryButtonClass } from "./field";

/** The confirmation step of a delete: one explicit button, with the version the admin is looking at. */
export function DeleteDraftForm({ draftRef, version, cancelHref }: { draftRef: string; version: number; cancelHref: string }) {
  const t = useTranslations("admin.draftForm");
  const tErr = useTranslations("admin.errors");
  const format = useFormatter();
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState<never>, FormData>(deleteDraftAction, { status: "idle" });
  const m = state.message;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="ref" value={draftRef} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="locale" value={locale} />
      {m && (
        <FormMessage tone="error">
          {m.code === "conflict"
            ? tErr("conflict", {
                by: String(m.values?.by ?? "?"),
                at: format.dateTime(new Date(String(m.values?.at)), { dateStyle: "medium", timeStyle: "medium" }),
              })
            : runtimeMessage(tErr, m.code, m.values)}
        </FormMessage>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={dangerButtonClass} disabled={pending}>
          {t("confirmDelete", { ref: draftRef })}
        </button>
        <Link href={cancelHref} className={secondaryButtonClass}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
