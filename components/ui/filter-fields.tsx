import { MIN_YEAR, maxYear } from "@/lib/validations/filters";
import { useLocale } from "next-intl";
import { yearInputProps } from "@/lib/years";

// Shared look and the year range of the GET filter forms (/resolutions, /vetoes).
export const FIELD = "flex flex-col gap-1 text-sm";
export const LABEL = "font-medium text-slate-800 dark:text-slate-200";
export const INPUT =
  "w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

export function YearRangeFields({ idPrefix, from, to, labels }: { idPrefix: string; from?: number; to?: number; labels: { from: string; to: string } }) {
  const locale = useLocale();
  return (
    <div className="grid grid-cols-2 gap-3">
      {(["from", "to"] as const).map((name) => (
        <div key={name} className={FIELD}>
          <label htmlFor={`${idPrefix}-${name}`} className={LABEL}>
            {labels[name]}
          </label>
          <input
            id={`${idPrefix}-${name}`}
            name={name}
            type="number"
            inputMode="numeric"
            {...yearInputProps(name === "from" ? from : to, locale, { min: MIN_YEAR, max: maxYear() })}
            className={INPUT}
          />
        </div>
      ))}
    </div>
  );
}

export function SearchField({ idPrefix, value, label, hint }: { idPrefix: string; value?: string; label: string; hint: string }) {
  return (
    <div className={`${FIELD} sm:col-span-2`}>
      <label htmlFor={`${idPrefix}-q`} className={LABEL}>
        {label}
      </label>
      <input id={`${idPrefix}-q`} name="q" type="search" defaultValue={value ?? ""} maxLength={200} aria-describedby={`${idPrefix}-q-hint`} className={INPUT} />
      <p id={`${idPrefix}-q-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {hint}
      </p>
    </div>
  );
}
