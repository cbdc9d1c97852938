"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { messageOr } from "@/i18n/runtime-keys";
import type { FieldErrors } from "@/lib/forms/action-state";
import { fieldId } from "./field";

/** The id of the control an error's link moves to ("votes.RUS" → the member's first vote button). */
export function errorTargetId(field: string): string | null {
  if (field === "form" || field === "version") return null;
  const member = /^votes\.([A-Z0-9]+)$/.exec(field);
  if (member) return `vote-${member[1]}`;
  // Lists checked as a whole (topics.3, vetoedBy.0) point to the list's first control.
  const list = /^(topics|penholders|vetoedBy)\.\d+$/.exec(field);
  return fieldId(list ? list[1]! : field);
}

/**
 * After a refused save: a summary that takes the focus (so a keyboard or screen-reader user lands
 * on it, not at the bottom of a long form) and lists every error with a link to its field.
 */
export function ErrorSummary({
  errors,
  heading,
  labelOf,
  focusKey,
}: {
  errors: FieldErrors;
  heading: ReactNode;
  labelOf: (field: string) => string;
  focusKey: unknown;
}) {
  const t = useTranslations("admin.errors");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: "start" });
  }, [focusKey]);
  const items = Object.entries(errors).flatMap(([field, msgs]) =>
    msgs.map((m, i) => ({ key: `${field}:${i}`, field, text: messageOr(t, m.code, t("invalid"), m.values) })),
  );
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-heading"
      data-testid="error-summary"
      className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-950 focus:outline focus:outline-2 focus:outline-offset-2 focus:outline-red-700 dark:bg-red-950 dark:text-red-100"
    >
      <p id="error-summary-heading" className="font-semibold">
        {heading}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map(({ key, field, text }) => {
          const target = errorTargetId(field);
          return (
            <li key={key}>
              {target ? (
                <a href={`#${target}`} className="font-medium underline underline-offset-2">
                  {labelOf(field)}
                </a>
              ) : (
                labelOf(field)
              )}
              {": "}
              {text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
