import type { Metadata } from "next";
import { feedAlternate } from "@/lib/feeds/metadata";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { PageSection } from "@/components/countries/page-section";
import { SectionSkeleton } from "@/components/countries/skeletons";
import { LINK } from "@/components/countries/table-styles";
import { LatestDraftsSection } from "@/components/topics/latest-drafts-section";
import { ExportLinks } from "@/components/ui/export-links";
import { FeedLink } from "@/components/ui/feed-link";
import { TopicTimelineSection } from "@/components/topics/topic-timeline-section";
import { FilterNotices } from "@/components/ui/filter-notices";
import { localizedLabel } from "@/lib/i18n-names";
import { defaultTopicPeriod, getTopicSummary, type TopicPeriod } from "@/lib/queries/topics";
import type { FilterNotice } from "@/lib/validations/filters";
import { parseTopicSlug } from "@/lib/validations/route-keys";
import { parseChoice } from "@/lib/validations/view-params";
import { displayYear } from "@/lib/years";
import { CiteThis } from "@/components/cite/cite-this";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Record<string, string | string[] | undefined>;

// The layout has already sent malformed, unknown and differently-cased slugs elsewhere.
async function loadTopic(slug: string) {
  const parsed = parseTopicSlug(slug);
  return parsed ? getTopicSummary(parsed.key) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const [t, topic] = await Promise.all([getTranslations({ locale, namespace: "topics.detail" }), loadTopic(slug)]);
  if (!topic) return {};
  const label = localizedLabel(topic, locale);
  return {
    title: t("metaTitle", { label }),
    description: t("metaDescription", { label }),
    alternates: { types: await feedAlternate({ kind: "topic", slug }, locale, label) },
  };
}

export default async function TopicPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const topic = await loadTopic(slug);
  if (!topic) notFound();
  const [t, query] = await Promise.all([getTranslations("topics.detail"), searchParams]);
  const notices: FilterNotice[] = [];
  const period = parseChoice<TopicPeriod>(query, "by", ["year", "decade"], defaultTopicPeriod(topic), notices);
  const label = localizedLabel(topic, locale);
  return (
    <>
      <p className="text-sm">
        <Link href="/topics" className={LINK}>
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <FilterNotices notices={notices} />
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        {t("summary", {
          drafts: topic.drafts,
          adopted: topic.adopted,
          vetoed: topic.vetoed,
          failed: topic.failed,
          vetoes: topic.vetoes,
          first: topic.firstYear === null ? "" : displayYear(topic.firstYear, locale),
          last: topic.lastYear === null ? "" : displayYear(topic.lastYear, locale),
        })}
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <li>
          <Link href={`/resolutions?topic=${slug}`} className={LINK}>
            {t("links.drafts")}
          </Link>
        </li>
        <li>
          <Link href={`/vetoes?topic=${slug}`} className={LINK}>
            {t("links.vetoes")}
          </Link>
        </li>
      </ul>
      <PageSection id="timeline" title={t("timeline.heading")}>
        <Suspense fallback={<SectionSkeleton heading={false} chart rows={4} />}>
          <TopicTimelineSection slug={slug} label={label} period={period} />
        </Suspense>
      </PageSection>
      <PageSection id="latest" title={t("latest.heading")}>
        <Suspense fallback={<SectionSkeleton heading={false} rows={10} />}>
          <LatestDraftsSection slug={slug} locale={locale} />
        </Suspense>
        <ExportLinks list="resolutions" filters={{ topic: slug }} className="mt-3" />
        <FeedLink kind={{ kind: "topic", slug }} className="mt-1" />
      </PageSection>
      {/* Last on the page: streamed after the figures rather than holding them back. */}
      <Suspense fallback={null}>
        <CiteThis target={{ kind: "topic", slug }} locale={locale} />
      </Suspense>
    </>
  );
}
