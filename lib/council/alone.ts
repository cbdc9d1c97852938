// Who stood alone or nearly alone on one vote: the rule of the country pages' "Alone or nearly
// alone" list, as a pure function (the list itself reads the member_alone summary, which applies the
// same rule in SQL: lib/db/summaries.ts; tests/integration/member-alone.test.ts checks they agree).
import type { VoteCast } from "./rules";

export interface Standing {
  member: string;
  vote: Exclude<VoteCast, "X">;
  /** The one other member that cast the same vote; null when no other did. */
  partner: string | null;
}

/** Only a complete, recorded member-by-member grid can show who stood alone. */
export function gridCounts(draft: { modality: string; votesComplete: boolean; votesDerived: boolean; tallyCheck: string | null }): boolean {
  return draft.modality === "RECORDED_VOTE" && draft.votesComplete && !draft.votesDerived && draft.tallyCheck !== "DISAGREES";
}

/**
 * The members whose Y, N or A was cast by no other member, or by exactly one (the partner). Not
 * taking part (X) is no position: such a member is never listed, and shares no one's vote.
 */
export function standingAlone(votes: readonly { member: string; vote: VoteCast }[]): Standing[] {
  const byVote = new Map<VoteCast, string[]>();
  for (const v of votes) if (v.vote !== "X") byVote.set(v.vote, [...(byVote.get(v.vote) ?? []), v.member]);
  const out: Standing[] = [];
  for (const [vote, members] of byVote) {
    if (members.length > 2) continue;
    for (const member of members)
      out.push({ member, vote: vote as Standing["vote"], partner: members.length === 2 ? members.find((m) => m !== member)! : null });
  }
  return out.sort((a, b) => a.member.localeCompare(b.member));
}
