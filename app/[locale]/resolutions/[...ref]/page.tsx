import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { OutcomeBadge } from "@/components/outcome-badge";
import { DataNotes } from "@/components/resolutions/data-notes";
import { DraftFacts } from "@/components/resolutions/draft-facts";
import { DraftSources } from "@/components/resolutions/draft-sources";
import { isoToDate, membersInSentence } from "@/components/resolutions/names";
import { NoRollCall } from "@/components/resolutions/no-roll-call";
import { Amendments } from "@/components/resolutions/amendments";
import { headlineTally, OutcomeSummary, vetoingMembers } from "@/components/resolutions/outcome-summary";
import { HowVotesAreKnown, TallyDisagreementNotice } from "@/components/resolutions/stated-tally";
import { VoteGrid } from "@/components/resolutions/vote-grid";
import { derivedVotes } from "@/lib/draft-record";
import { getDraftByRef } from "@/lib/queries/draft-detail";
import { draftPath } from "@/lib/validations/draft-ref";
import { resolveDraftRef } from "@/lib/queries/resolve-draft-ref";
import { CiteThis } from "@/components/cite/cite-this";
import { previewImage, siteUrl } from "@/lib/share";
import { EmbedCode } from "@/components/embed/embed-code";
import { localePath } from "@/lib/feeds/paths";

type Props = { params: Promise<{ locale: string; ref: string[] }> };

// A draft's page is the same for every reader: rendered on its first request, then served as a
// static copy until the next write expires it (revalidatePath("/", "layout") in lib/admin/revalidate.ts).
export const dynamic = "force-static";
export const revalidate = false;
export function generateStaticParams(): { ref: string[] }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, ref: segments } = await params;
  const resolved = await resolveDraftRef(segments);
  const draft = resolved ? await getDraftByRef(resolved.ref) : null;
  if (!draft) return {};
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "resolutions.detail" }), getFormatter({ locale })]);
  const name = draft.symbol ?? draft.ref;
  const vetoers = vetoingMembers(draft);
  const title =
    draft.outcome === "VETOED"
      ? vetoers.length > 0
        ? t("metaTitle.VETOED", { ref: name, members: membersInSentence(vetoers, locale) })
        : t("metaTitle.VETOED_UNKNOWN", { ref: name })
      : draft.outcome === "ADOPTED" && draft.resolutionNumber !== null
        ? draft.symbol
          ? t("metaTitle.ADOPTED_NUMBER", { ref: name, number: draft.resolutionNumber, year: draft.year })
          : t("metaTitle.ADOPTED_RESOLUTION", { number: draft.resolutionNumber, year: draft.year })
        : t(`metaTitle.${draft.outcome}`, { ref: name });
  const date = draft.date ? format.dateTime(isoToDate(draft.date), { dateStyle: "long" }) : String(draft.year);
  const subject = draft.title ?? draft.agendaItem ?? name;
  const subjectSentence = /[.!?]$/.test(subject) ? subject : `${subject}.`;
  const tally = headlineTally(draft);
  const description = tally
    ? t("metaDescription", { title: subjectSentence, date, tally: t("metaTally", { yes: tally.yes, no: tally.no, abstain: tally.abstain }) })
    : t("metaDescriptionNoTally", { title: subjectSentence, date });
  const path = draftPath(draft.ref);
  return {
    title,
    description,
    ...previewImage(path.slice(1), locale),
    alternates: {
      canonical: getPathname({ locale, href: path }),
      languages: Object.fromEntries(routing.locales.map((l) => [l, getPathname({ locale: l, href: path })])),
    },
  };
}

export default async function DraftPage({ params }: Props) {
  const { locale, ref: segments } = await params;
  setRequestLocale(locale);
  // The layout has already answered unknown refs (404) and non-canonical URLs (redirect).
  const resolved = await resolveDraftRef(segments);
  const draft = resolved ? await getDraftByRef(resolved.ref) : null;
  if (!draft) notFound(); // deleted between the layout's check and this load

  const t = await getTranslations("resolutions.detail");
  const vetoers = vetoingMembers(draft);
  const hasGrid = draft.votes.length > 0;
  const name = draft.symbol ?? draft.ref;
  const derived = derivedVotes(draft.votes, draft.votesDerived);

  return (
    <div className="space-y-8">
      <nav aria-label={t("breadcrumbNav")} className="text-sm">
        <Link href="/resolutions" className="text-sky-900 underline underline-offset-2 dark:text-sky-200">
          <span aria-hidden="true">← </span>
          {t("breadcrumb")}
        </Link>
      </nav>

      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
            {draft.symbol
              ? t("heading", { ref: name })
              : draft.resolutionNumber !== null
                ? t("headingResolution", { number: draft.resolutionNumber, year: draft.year })
                : t("headingNoSymbol", { ref: name })}
          </h1>
          <OutcomeBadge outcome={draft.outcome} note={draft.unconfirmed ? t("unconfirmedBadge") : undefined} />
        </div>
        {draft.resolutionNumber !== null && draft.symbol && (
          <p className="text-lg font-semibold text-emerald-900 dark:text-emerald-200">
            {t("headingResolution", { number: draft.resolutionNumber, year: draft.year })}
          </p>
        )}
        {/* Titles and agenda items come from the UN's English records. */}
        {draft.title && (
          <p lang="en" className="max-w-4xl text-slate-800 dark:text-slate-200">
            {draft.title}
          </p>
        )}
        <OutcomeSummary draft={draft} />
      </header>

      {draft.unconfirmed && (
        <p role="note" className="rounded-lg border-2 border-dashed border-slate-500 p-3 dark:border-slate-400">
          {t.rich("unconfirmedBanner", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      <TallyDisagreementNotice draft={draft} />
      <DataNotes notes={draft.readerNotes} />

      <section aria-labelledby="votes-heading" className="space-y-3">
        <h2 id="votes-heading" className="text-xl font-semibold">
          {t("votes")}
        </h2>
        <HowVotesAreKnown draft={draft} />
        {hasGrid ? (
          <>
            <p className="text-sm text-slate-700 dark:text-slate-300">{t("votesIntro", { count: draft.votes.length })}</p>
            {!draft.votesComplete && (
              <p role="note" className="text-sm font-medium">
                {t("partialGrid")}
              </p>
            )}
            <VoteGrid
              votes={draft.votes}
              vetoers={vetoers.map((v) => v.member)}
              derived={derived ? [...derived.members] : []}
              recordedIn={draft.gridSource?.title ?? null}
            />
          </>
        ) : (
          <NoRollCall draft={draft} vetoers={vetoers} />
        )}
        <EmbedCode
          src={new URL(localePath(`/embed${draftPath(draft.ref)}`, locale), siteUrl()).href}
          title={draft.symbol ? t("heading", { ref: name }) : t("headingNoSymbol", { ref: name })}
          height={draft.votes.length > 0 ? 720 : 360}
        />
      </section>

      {draft.amendments.length > 0 && (
        <section aria-labelledby="amendments-heading" className="space-y-2">
          <h2 id="amendments-heading" className="text-xl font-semibold">
            {t("amendments")}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("amendmentsIntro")}</p>
          <Amendments amendments={draft.amendments} />
        </section>
      )}

      <section aria-labelledby="facts-heading" className="space-y-2">
        <h2 id="facts-heading" className="text-xl font-semibold">
          {t("facts")}
        </h2>
        <DraftFacts draft={draft} />
      </section>

      <section aria-labelledby="sources-heading" className="space-y-3">
        <h2 id="sources-heading" className="text-xl font-semibold">
          {t("sources")}
        </h2>
        <DraftSources sources={draft.sources} />
      </section>

      <CiteThis target={{ kind: "draft", ref: draft.ref }} locale={locale} />

      <p className="text-sm">
        <a href={`/api${draftPath(draft.ref)}`} className="text-sky-900 underline underline-offset-2 dark:text-sky-200" type="application/json">
          {t("api")}
        </a>
      </p>
    </div>
  );
}
