import { getLocale, getTranslations } from "next-intl/server";
import { getMostVetoedTopicsCached } from "@/lib/queries/cached";
import { Link } from "@/i18n/navigation";
import { localizedLabel } from "@/lib/i18n-names";
import type { YearRange } from "@/lib/queries/dashboard";
import type { VetoCount } from "@/lib/council/rules";
import { Card } from "./card";
import { displayYear } from "@/lib/years";

export async function MostVetoedTopics({ period, count, limit = 8 }: { period: YearRange; count?: VetoCount; limit?: number }) {
  const [topics, t, locale] = await Promise.all([getMostVetoedTopicsCached(limit, { ...period, count }), getTranslations("dashboard.topics"), getLocale()]);
  const hasPeriod = period.from !== undefined || period.to !== undefined;
  const years = { from: period.from === undefined ? "" : displayYear(period.from, locale), to: period.to === undefined ? "" : displayYear(period.to, locale) };
  const max = Math.max(1, ...topics.map((x) => x.drafts));
  // Links to the veto list keep the years and the way of counting.
  const yearQuery = Object.fromEntries(
    Object.entries({ ...period, count: count === "drafts" ? count : undefined })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return (
    <Card id="topics" title={hasPeriod ? t("headingPeriod", years) : t("heading")} size="topics">
      {topics.length === 0 ? (
        <p className="mt-3 text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-2.5">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link href={{ pathname: "/vetoes", query: { topic: topic.slug, ...yearQuery } }} className="group block rounded focus-visible:outline-offset-4">
                <span className="flex items-baseline justify-between gap-3">
                  <span className="font-medium text-sky-900 underline-offset-2 group-hover:underline dark:text-sky-200">{localizedLabel(topic, locale)}</span>
                  <span className="shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-400">
                    {t("counts", { drafts: topic.drafts, vetoes: topic.vetoes })}
                  </span>
                </span>
                {/* The bar repeats the count shown in text; decorative. */}
                <span aria-hidden="true" className="mt-1 block h-1.5 rounded-full bg-slate-100 dark:bg-slate-800">
                  <span className="block h-full rounded-full bg-slate-500 dark:bg-slate-400" style={{ width: `${(topic.drafts / max) * 100}%` }} />
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-4 text-sm">
        <Link href={{ pathname: "/vetoes", query: yearQuery }} className="text-sky-900 underline underline-offset-2 dark:text-sky-200">
          {t("all")} <span aria-hidden="true">→</span>
        </Link>
      </p>
    </Card>
  );
}
