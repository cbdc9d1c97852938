"use client";

import { useLocale, useTranslations } from "next-intl";
import { VOTE_CASTS } from "@/lib/council/rules";
import { localized } from "@/lib/i18n-names";
import type { FieldErrors } from "@/lib/forms/action-state";
import type { GridMember } from "@/lib/admin/queries";
import { ErrorText, errorsAt, fieldId } from "./field";

const CAST_STYLE = {
  Y: "peer-checked:bg-emerald-700 peer-checked:text-white",
  N: "peer-checked:bg-red-700 peer-checked:text-white",
  A: "peer-checked:bg-amber-600 peer-checked:text-white",
  X: "peer-checked:bg-slate-600 peer-checked:text-white",
} as const;
const CAST_ICON = { Y: "✓", N: "✕", A: "○", X: "–" } as const;

/**
 * One row per member sitting that day: four radio buttons (in favour, against, abstention, not
 * participating) and a penholder box. Plain inputs named vote.<CODE> and penholders, so the form
 * posts without JavaScript.
 */
export function VoteGridInput({
  members,
  votes,
  penholders,
  errors,
}: {
  members: GridMember[];
  votes: Record<string, string>;
  penholders: string[];
  errors: FieldErrors | undefined;
}) {
  const t = useTranslations("admin.draftForm");
  const tv = useTranslations("common.vote");
  const locale = useLocale();
  return (
    <div className="relative overflow-x-auto">
      <table
        id={fieldId("votes")}
        tabIndex={-1}
        aria-describedby={errors?.votes ? `${fieldId("votes")}-error` : undefined}
        className="w-full min-w-[20rem] text-sm"
      >
        <caption className="sr-only">{t("gridCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-2 text-left">
              {t("member")}
            </th>
            {VOTE_CASTS.map((c) => (
              <th key={c} scope="col" className="px-1 py-2 text-center font-medium">
                {tv(c)}
              </th>
            ))}
            <th scope="col" className="px-1 py-2 text-center font-medium">
              {t("penholder")}
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m, mi) => {
            const name = localized(m, locale);
            const rowErrors = errorsAt(errors, `votes.${m.code}`);
            const errorId = `vote-${m.code}-error`;
            return (
              <tr key={m.code} className="border-b border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-1.5 pr-2 text-left font-medium">
                  <span id={`member-${m.code}`}>{name}</span>
                  {m.permanent && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-normal dark:bg-slate-700">{t("permanentShort")}</span>}
                  {m.nameAtTime && m.nameAtTime.toLowerCase() !== m.nameEn.toLowerCase() && locale === "en" && (
                    <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{m.nameAtTime}</span>
                  )}
                  <ErrorText id={errorId} errors={rowErrors} />
                </th>
                {VOTE_CASTS.map((c, ci) => (
                  <td key={c} className="px-1 py-1.5 text-center">
                    <label className="relative inline-flex cursor-pointer">
                      <input
                        // The error summary's link for this member's vote lands here.
                        id={ci === 0 ? `vote-${m.code}` : undefined}
                        type="radio"
                        name={`vote.${m.code}`}
                        value={c}
                        defaultChecked={votes[m.code] === c}
                        aria-label={t("voteLabel", { member: name, vote: tv(c) })}
                        {...(rowErrors.length ? { "aria-invalid": true, "aria-describedby": errorId } : {})}
                        className="peer sr-only"
                      />
                      <span
                        aria-hidden="true"
                        className={
                          "flex h-9 w-9 items-center justify-center rounded-full border border-slate-400 text-base " +
                          "peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-sky-700 " +
                          `dark:border-slate-500 ${CAST_STYLE[c]}`
                        }
                      >
                        {CAST_ICON[c]}
                      </span>
                    </label>
                  </td>
                ))}
                <td className="px-1 py-1.5 text-center">
                  <input
                    id={mi === 0 ? fieldId("penholders") : undefined}
                    type="checkbox"
                    name="penholders"
                    value={m.code}
                    defaultChecked={penholders.includes(m.code)}
                    aria-label={t("penholderLabel", { member: name })}
                    className="h-5 w-5 accent-sky-800"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
