import type { Metadata } from "next";
import { feedAlternate } from "@/lib/feeds/metadata";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementSection } from "@/components/countries/agreement-section";
import { AloneSection } from "@/components/countries/alone-section";
import { CountryHeader } from "@/components/countries/country-header";
import { SeatTerms } from "@/components/countries/seat-terms";
import { PageSection } from "@/components/countries/page-section";
import { SectionSkeleton } from "@/components/countries/skeletons";
import { VetoesSection } from "@/components/countries/vetoes-section";
import { VoteCounts } from "@/components/countries/vote-counts";
import { VotedAgainstSection } from "@/components/countries/voted-against-section";
import { FilterNotices } from "@/components/ui/filter-notices";
import { FeedLink } from "@/components/ui/feed-link";
import { nameInSentence } from "@/components/resolutions/names";
import { getPathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { localized } from "@/lib/i18n-names";
import { previewImage } from "@/lib/share";
import { AGREEMENT_SORTS, getCountryProfile, type AgreementSort } from "@/lib/queries/countries";
import { parseDraftFilters } from "@/lib/validations/filters";
import { parseCountryCode } from "@/lib/validations/route-keys";
import { parsePageParam, parseTableSort, type SortOrder } from "@/lib/validations/view-params";
import { CiteThis } from "@/components/cite/cite-this";

type Params = Promise<{ locale: string; code: string }>;
type SearchParams = Record<string, string | string[] | undefined>;

// The layout has already sent malformed, unknown and lower-case codes elsewhere.
async function loadProfile(code: string) {
  const parsed = parseCountryCode(code);
  return parsed ? getCountryProfile(parsed.key) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, code } = await params;
  const [t, profile] = await Promise.all([getTranslations({ locale, namespace: "countries.detail" }), loadProfile(code)]);
  if (!profile) return {};
  const name = localized(profile, locale);
  const path = `/countries/${profile.code}`;
  return {
    title: t("metaTitle", { name }),
    description: t("metaDescription", { name }),
    alternates: {
      canonical: getPathname({ locale, href: path }),
      languages: Object.fromEntries(routing.locales.map((l) => [l, getPathname({ locale: l, href: path })])),
      types: await feedAlternate({ kind: "member", code: profile.code }, locale, nameInSentence(profile, locale)),
    },
    ...previewImage(`countries/${profile.code}`, locale),
  };
}

export default async function CountryPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { locale, code: rawCode } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const profile = await loadProfile(rawCode);
  if (!profile) notFound();

  const t = await getTranslations("countries.detail");
  const { sort, order, notices } = parseTableSort(query, AGREEMENT_SORTS, "agreement");
  const paging = parseDraftFilters(query, ["page", "from", "to"]);
  notices.push(...paging.notices);
  const page = paging.filters.page ?? 1; // drafts voted against
  const vpage = parsePageParam(query, "vpage", notices) ?? 1; // vetoes cast
  const apage = parsePageParam(query, "apage", notices) ?? 1; // votes alone or nearly alone
  const { from, to } = paging.filters; // the period of the votes alone or nearly alone
  const permanent = profile.terms.some((term) => term.permanent);
  // Agreement on contested votes only (at least one member not voting yes); anything else: all votes.
  const contested = query.agreement === "contested";

  // The query every link keeps; `period: false` leaves out the period (the alone section's form sets it).
  const linkQuery = (p: { page?: number; vpage?: number; apage?: number; sort?: AgreementSort; order?: SortOrder; contested?: boolean }, period = true) => {
    const sp = new URLSearchParams();
    const pg = p.page ?? page;
    if (pg > 1) sp.set("page", String(pg));
    const vpg = p.vpage ?? vpage;
    if (vpg > 1) sp.set("vpage", String(vpg));
    const apg = p.apage ?? apage;
    if (period && apg > 1) sp.set("apage", String(apg));
    if (period && from !== undefined) sp.set("from", String(from));
    if (period && to !== undefined) sp.set("to", String(to));
    sp.set("sort", p.sort ?? sort);
    sp.set("order", p.order ?? order);
    if (p.contested ?? contested) sp.set("agreement", "contested");
    return sp;
  };
  const href = (p: Parameters<typeof linkQuery>[0], hash: string) => `/countries/${profile.code}?${linkQuery(p)}#${hash}`;

  return (
    <>
      <CountryHeader profile={profile} locale={locale} />
      <FeedLink kind={{ kind: "member", code: profile.code }} className="mt-2" />
      <FilterNotices notices={notices} />
      <PageSection id="seats" title={t("seats.heading")}>
        <SeatTerms terms={profile.terms} member={profile} locale={locale} />
      </PageSection>
      <PageSection id="votes" title={t("votes.heading")}>
        <VoteCounts profile={profile} permanent={permanent} />
      </PageSection>
      {permanent && (
        <PageSection id="vetoes" title={t("vetoes.heading")}>
          <Suspense fallback={<SectionSkeleton heading={false} chart rows={5} />}>
            <VetoesSection code={profile.code} name={nameInSentence(profile, locale)} page={vpage} hrefFor={(p) => href({ vpage: p }, "vetoes")} />
          </Suspense>
        </PageSection>
      )}
      <PageSection id="against" title={t("against.heading")}>
        <Suspense fallback={<SectionSkeleton heading={false} rows={10} />}>
          <VotedAgainstSection code={profile.code} page={page} hrefFor={(p) => href({ page: p }, "against")} />
        </Suspense>
      </PageSection>
      <PageSection id="alone" title={t("alone.heading")}>
        <Suspense fallback={<SectionSkeleton heading={false} rows={10} />}>
          <AloneSection
            code={profile.code}
            name={nameInSentence(profile, locale)}
            page={apage}
            from={from}
            to={to}
            action={`${getPathname({ href: `/countries/${profile.code}`, locale })}#alone`}
            keep={Object.fromEntries(linkQuery({}, false))}
            clearHref={`/countries/${profile.code}?${linkQuery({}, false)}#alone`}
            hrefFor={(p) => href({ apage: p }, "alone")}
          />
        </Suspense>
      </PageSection>
      <PageSection id="agreement" title={t("agreement.heading")}>
        <Suspense fallback={<SectionSkeleton heading={false} rows={15} />}>
          <AgreementSection
            code={profile.code}
            name={nameInSentence(profile, locale)}
            locale={locale}
            sort={sort}
            order={order}
            contested={contested}
            hrefFor={(s, o) => href({ sort: s, order: o }, "agreement")}
            contestedHref={(c) => href({ contested: c }, "agreement")}
          />
        </Suspense>
      </PageSection>
      {/* Last on the page: streamed after the figures rather than holding them back. */}
      <Suspense fallback={null}>
        <CiteThis target={{ kind: "country", code: profile.code }} locale={locale} />
      </Suspense>
    </>
  );
}
