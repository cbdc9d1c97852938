import { runtimeMessage } from "@/i18n/runtime-keys";
import { explainOutcome, type Explanation } from "@/lib/council/explain-outcome";
import type { StatedTally } from "@/lib/draft-record";
import type { MemberName } from "@/lib/queries/drafts";
import type { DraftDetail } from "@/lib/queries/draft-detail";
import { membersInSentence } from "./names";

// A draft's outcome explained in words (lib/council/explain-outcome.ts), apart from the component
// so that tests and other views (the preview image, list rows) format the same sentences.

/** Who vetoed: the veto rows, or (when a grid exists but no veto row) the permanent members voting against. */
export function vetoingMembers(d: Pick<DraftDetail, "vetoes" | "votes" | "outcome">): MemberName[] {
  if (d.vetoes.length > 0 || d.outcome !== "VETOED") return d.vetoes;
  return d.votes.filter((v) => v.permanent && v.vote === "N");
}

/**
 * The tally a draft's page leads with: the UN's stated tally where there is one (when it and the
 * member votes disagree, the UN's figure is the one shown), else the recorded counts.
 */
export function headlineTally(d: Pick<DraftDetail, "statedTally" | "tally">): StatedTally | null {
  return d.statedTally ?? d.tally;
}

type DraftForExplanation = Pick<
  DraftDetail,
  "objectOfVote" | "procedural" | "modality" | "outcome" | "required" | "statedTally" | "tally" | "vetoes" | "votes"
>;

/** The draft's outcome explained (lib/council/explain-outcome.ts), from what its page shows. */
export function explainDraft(draft: DraftForExplanation): Explanation<MemberName> {
  return explainOutcome({
    objectOfVote: draft.objectOfVote,
    procedural: draft.procedural,
    modality: draft.modality,
    outcome: draft.outcome,
    required: draft.required,
    yes: headlineTally(draft)?.yes ?? null,
    vetoers: vetoingMembers(draft),
    votes: draft.votes,
  });
}

/** An explanation in words: the headline, then its notes. `t` reads the "common" namespace. */
export function explanationSentences(
  e: Explanation<{ nameEn: string; nameTh: string }>,
  t: Parameters<typeof runtimeMessage>[0],
  locale: string,
): { headline: string; notes: string[] } {
  const values = (members: readonly { nameEn: string; nameTh: string }[]) => ({
    yes: e.yes ?? 0,
    required: e.required,
    era: e.required === 7 ? "before1966" : "from1966",
    members: membersInSentence(members, locale),
  });
  return {
    headline: runtimeMessage(t, `explain.${e.headline.key}`, values(e.members)),
    notes: e.notes.map((n) => runtimeMessage(t, `explain.notes.${n.key}`, values(n.members))),
  };
}
