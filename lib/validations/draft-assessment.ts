// A draft's vote grid against the Council of the day (the second layer of draft-form.ts): the
// members sitting, the vetoes stated and the outcome lib/council/rules gives.
import { decideOutcome, validateVotes, type VoteDecision, type VoteProblem } from "../council/rules";
import type { SittingMember } from "../council/seat-queries";
import { addFieldError, type FieldErrors, type Msg } from "../forms/action-state";
import type { DraftInput } from "./draft-form";

export interface VoteAssessment {
  fieldErrors: FieldErrors;
  /** Null for a draft adopted without a vote. */
  decision: VoteDecision | null;
}

function problemToError(p: VoteProblem, known: (code: string) => boolean): [string, Msg] {
  switch (p.code) {
    case "too-many-votes":
      return ["votes", { code: "tooManyVotes", values: { max: p.size } }];
    case "duplicate-member":
      return ["votes", { code: "duplicate", values: { member: p.member } }];
    case "not-sitting":
      return ["votes", { code: known(p.member) ? "notSitting" : "unknownMember", values: { member: p.member } }];
    case "missing-member":
      return [`votes.${p.member}`, { code: "missingVote", values: { member: p.member } }];
    case "veto-by-elected-member":
      return ["vetoedBy", { code: "vetoByElected", values: { member: p.member } }];
    case "veto-disagrees-with-votes":
      return ["vetoedBy", { code: "vetoDisagrees", values: { member: p.member } }];
    case "veto-not-declared":
      return ["vetoedBy", { code: "vetoNotDeclared", values: { member: p.member } }];
    case "veto-on-procedural":
      return ["vetoedBy", { code: "vetoOnProcedural" }];
    case "veto-without-majority":
      return ["vetoedBy", { code: "vetoWithoutMajority" }];
  }
}

/**
 * The vote grid against the members sitting that day, the vetoes the record states (if any)
 * against the grid, and the outcome the rules give. `knownMembers` tells an unknown code from a
 * state that exists but was not on the Council that day.
 */
export function assessDraftVotes(
  input: Pick<DraftInput, "votedOn" | "procedural" | "votes" | "vetoedBy" | "modality" | "resolutionNumber">,
  sitting: readonly SittingMember[],
  knownMembers: (code: string) => boolean,
): VoteAssessment {
  const fieldErrors: FieldErrors = {};
  if (input.modality === "WITHOUT_VOTE") return { fieldErrors, decision: null };
  if (sitting.length === 0) {
    addFieldError(fieldErrors, "votedOn", { code: "noSeats" });
    return { fieldErrors, decision: null };
  }
  const votes = Object.entries(input.votes).map(([member, vote]) => ({ member, vote }));
  const problems = validateVotes({
    date: input.votedOn,
    votes,
    sitting: sitting.map((s) => s.code),
    complete: true,
    procedural: input.procedural,
    // The vetoes the record states are an optional cross-check: none ticked means "not stated".
    declaredVetoes: input.vetoedBy.length > 0 ? input.vetoedBy : undefined,
  });
  for (const p of problems) {
    const [field, msg] = problemToError(p, knownMembers);
    if (!fieldErrors[field]?.some((e) => e.code === msg.code && e.values?.member === msg.values?.member)) addFieldError(fieldErrors, field, msg);
  }
  const decision = decideOutcome({ date: input.votedOn, procedural: input.procedural, votes });
  if (input.resolutionNumber !== null && decision.outcome !== "ADOPTED" && Object.keys(fieldErrors).length === 0)
    addFieldError(fieldErrors, "resolutionNumber", { code: "resolutionNotAdopted" });
  return { fieldErrors, decision };
}
