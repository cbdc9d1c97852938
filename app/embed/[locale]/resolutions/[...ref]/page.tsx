import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OutcomeBadge } from "@/components/outcome-badge";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { NoRollCall } from "@/components/resolutions/no-roll-call";
import { OutcomeSummary, vetoingMembers } from "@/components/resolutions/outcome-summary";
import { VoteGrid } from "@/components/resolutions/vote-grid";
import { derivedVotes } from "@/lib/draft-record";
import { localePath } from "@/lib/feeds/paths";
import { getDraftByRef } from "@/lib/queries/draft-detail";
import { resolveDraftRef } from "@/lib/queries/resolve-draft-ref";
import { draftPath } from "@/lib/validations/draft-ref";

type Props = { params: Promise<{ locale: string; ref: string[] }> };

// Same for every reader, like the draft's page: rendered on its first request and kept until a
// write expires it (revalidatePath("/", "layout") in lib/admin/revalidate.ts).
export const dynamic = "force-static";
export const revalidate = false;
export function generateStaticParams(): { ref: string[] }[] {
  return [];
}

async function load(segments: string[]) {
  const resolved = await resolveDraftRef(segments);
  return resolved ? getDraftByRef(resolved.ref) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, ref } = await params;
  const [draft, t] = await Promise.all([load(ref), getTranslations({ locale, namespace: "resolutions.detail" })]);
  return draft ? { title: draft.symbol ? t("heading", { ref: draft.symbol }) : t("headingNoSymbol", { ref: draft.ref }) } : {};
}

const LINK = "text-sky-900 underline underline-offset-2 dark:text-sky-200";

// One vote's breakdown for another site's iframe: the outcome, the tally and each member's vote,
// with the UN records it comes from.
export default async function EmbedDraftPage({ params }: Props) {
  const { locale, ref } = await params;
  setRequestLocale(locale);
  const draft = await load(ref);
  if (!draft) notFound();
  const t = await getTranslations("resolutions.detail");
  const vetoers = vetoingMembers(draft);
  const derived = derivedVotes(draft.votes, draft.votesDerived);
  const name = draft.symbol ?? draft.ref;
  // The UN's own records first (the query's order); those with an address only.
  const sources = draft.sources.filter((s) => s.url).slice(0, 3);
  const heading = draft.symbol
    ? t("heading", { ref: name })
    : draft.resolutionNumber !== null
      ? t("headingResolution", { number: draft.resolutionNumber, year: draft.year })
      : t("headingNoSymbol", { ref: name });
  return (
    <EmbedFrame
      heading={
        <span className="flex flex-wrap items-center gap-2">
          {heading} <OutcomeBadge outcome={draft.outcome} note={draft.unconfirmed ? t("unconfirmedBadge") : undefined} />
        </span>
      }
      fullPage={localePath(draftPath(draft.ref), locale)}
      source={
        sources.length > 0
          ? sources.map((s, i) => (
              <span key={s.key}>
                {i > 0 && " · "}
                <a href={s.url!} target="_blank" rel="noopener noreferrer" className={LINK} hrefLang={s.language}>
                  {s.title}
                </a>
              </span>
            ))
          : t("noSources")
      }
    >
      {draft.title && (
        <p lang="en" className="text-sm text-slate-800 dark:text-slate-200">
          {draft.title}
        </p>
      )}
      <OutcomeSummary draft={draft} />
      {draft.votes.length > 0 ? (
        <VoteGrid
          votes={draft.votes}
          vetoers={vetoers.map((v) => v.member)}
          derived={derived ? [...derived.members] : []}
          recordedIn={draft.gridSource?.title ?? null}
        />
      ) : (
        <NoRollCall draft={draft} vetoers={vetoers} />
      )}
    </EmbedFrame>
  );
}
