import type { ReactNode } from "react";
import { messageOr } from "@/i18n/runtime-keys";
import { useTranslations } from "next-intl";
import type { FieldErrors, Msg } from "@/lib/forms/action-state";

// One accessible wrapper for every admin form field: label, hint and errors wired with
// aria-invalid / aria-describedby. Errors are message codes translated under admin.errors.

export const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm " +
  "focus:border-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-600 aria-[invalid=true]:border-red-700 " +
  "dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400";

export const buttonClass =
  "inline-flex items-center justify-center gap-2 rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 " +
  "focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-60 " +
  "dark:bg-sky-600 dark:hover:bg-sky-500";

export const secondaryButtonClass =
  "inline-flex items-center justify-center gap-2 rounded border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 " +
  "focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 " +
  "dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

export const dangerButtonClass =
  "inline-flex items-center justify-center gap-2 rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 " +
  "focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 dark:bg-red-700 dark:hover:bg-red-600";

export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** Errors for a field and, with `prefix`, for everything under it ("votes" + "votes.RUS"). */
export function errorsAt(errors: FieldErrors | undefined, name: string, prefix = false): Msg[] {
  if (!errors) return [];
  return Object.entries(errors)
    .filter(([k]) => k === name || (prefix && k.startsWith(`${name}.`)))
    .flatMap(([, v]) => v);
}

export function ErrorText({ id, errors }: { id: string; errors: Msg[] }) {
  const t = useTranslations("admin.errors");
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm font-medium text-red-800 dark:text-red-300">
      {errors.map((e, i) => (
        <li key={i}>
          <span aria-hidden="true">⚠ </span>
          {messageOr(t, e.code, t("invalid"), e.values)}
        </li>
      ))}
    </ul>
  );
}

/**
 * A labelled control. `children` receives the props to spread on the input so that the label,
 * hint and errors are connected for screen readers.
 */
export function Field({
  name,
  label,
  hint,
  errors,
  required,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors: Msg[];
  required?: boolean;
  children: (props: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string; required?: boolean; className: string }) => ReactNode;
}) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && (
          <span aria-hidden="true" className="text-red-800 dark:text-red-300">
            {" "}
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {children({
        id,
        name,
        ...(errors.length ? { "aria-invalid": true as const } : {}),
        ...(described ? { "aria-describedby": described } : {}),
        ...(required ? { required: true } : {}),
        className: inputClass,
      })}
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A status line for a form (role=status for success, role=alert for refusals). */
export function FormMessage({ tone, children }: { tone: "ok" | "error" | "info"; children: ReactNode }) {
  const styles = {
    ok: "border-emerald-700 bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100",
    error: "border-red-700 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-100",
    info: "border-sky-700 bg-sky-50 text-sky-950 dark:bg-sky-950 dark:text-sky-100",
  } as const;
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded border-l-4 p-3 ${styles[tone]}`}>
      {children}
    </div>
  );
}

/**
 * One box of a group of checkboxes posting `name` (penholders, vetoes, topics). The first box of a
 * group carries the group's field id, so an error summary's link lands on it.
 */
export function CheckboxOption({
  name,
  value,
  checked,
  first,
  className = "inline-flex items-center gap-2",
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  first: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <label className={className}>
      <input id={first ? fieldId(name) : undefined} type="checkbox" name={name} value={value} defaultChecked={checked} className="h-4 w-4 accent-sky-800" />
      {children}
    </label>
  );
}
