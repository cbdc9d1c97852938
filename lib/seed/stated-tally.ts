// The UN's stated tally against a member-by-member record (docs/decisions/005): whether they agree,
// whether abstentions the statement does not count are non-participation, and which votes a stated
// tally fixes when the record is missing. Pure rules on plain data, table-tested in
// tests/unit/seed-record.test.ts.
import { tallyVotes, type VoteCast } from "../council/rules";
import type { TallyCheck } from "../generated/prisma/enums";
import type { SeedTally, SeedVote } from "./types";

export function fmtStated(t: SeedTally): string {
  return `${t.yes}-${t.no}-${t.abstain}`;
}

/**
 * Compares a complete grid with the UN's stated tally (yes-no-abstain). Abstentions in the grid that
 * the statement does not count are read as non-participation only when that is unambiguous: the
 * statement counts no abstention at all, so every abstainer in the grid did not take part.
 */
export function checkAgainstStated(
  votes: readonly SeedVote[],
  stated: SeedTally,
): { result: TallyCheck; votes: SeedVote[]; members: string[]; ambiguous: boolean } {
  const g = tallyVotes(votes);
  if (g.yes === stated.yes && g.no === stated.no && g.abstain === stated.abstain && (stated.nonVoting === null || stated.nonVoting === g.nonVoting))
    return { result: "AGREES", votes: [...votes], members: [], ambiguous: false };
  const onlyExtraAbstentions = g.yes === stated.yes && g.no === stated.no && g.abstain > stated.abstain!;
  if (onlyExtraAbstentions && stated.abstain === 0) {
    const members = votes
      .filter((v) => v.vote === "A")
      .map((v) => v.member)
      .sort();
    return { result: "NON_PARTICIPATION", votes: votes.map((v) => (v.vote === "A" ? { ...v, vote: "X", recordedAs: "A" } : v)), members, ambiguous: false };
  }
  return { result: "DISAGREES", votes: [...votes], members: [], ambiguous: onlyExtraAbstentions };
}

/**
 * The member votes a stated tally fixes: after the known votes (a partial record, the vetoing
 * members' "no"), the remaining members must all have cast the same vote. Never guesses beyond that.
 */
export function deriveGrid(input: {
  sitting: readonly string[];
  size: number;
  known: readonly SeedVote[];
  vetoing: readonly string[];
  stated: SeedTally;
}): { votes: SeedVote[]; derived: string[]; reason: string } | null {
  const { sitting, size, stated } = input;
  if (sitting.length !== size || stated.yes === null || stated.no === null || stated.abstain === null) return null;
  const known = new Map(input.known.map((v) => [v.member, v]));
  if ([...known.keys()].some((m) => !sitting.includes(m))) return null;
  for (const m of input.vetoing) {
    const k = known.get(m);
    if (k && k.vote !== "N") return null;
    if (!k) known.set(m, { member: m, vote: "N", nameAtTime: null });
  }
  const count = (c: VoteCast) => [...known.values()].filter((v) => v.vote === c).length;
  const remaining: [VoteCast, number][] = [
    ["Y", stated.yes - count("Y")],
    ["N", stated.no - count("N")],
    ["A", stated.abstain - count("A")],
    ["X", size - stated.yes - stated.no - stated.abstain - count("X")],
  ];
  if (remaining.some(([, n]) => n < 0)) return null;
  const unknown = sitting.filter((m) => !known.has(m));
  const left = remaining.filter(([, n]) => n > 0);
  if (unknown.length === 0 || left.length !== 1 || left[0]![1] !== unknown.length) return null;
  const cast = left[0]![0];
  const words: Record<VoteCast, string> = { Y: "voted in favour", N: "voted against", A: "abstained", X: "did not participate" };
  const derived = [...unknown].sort();
  return {
    votes: [...known.values(), ...derived.map((member) => ({ member, vote: cast, nameAtTime: null, derived: true }))],
    derived,
    reason:
      `with ${[...known.values()].map((v) => `${v.member} ${v.vote}`).join(", ") || "no member's vote"} known, ` +
      `the other ${unknown.length} sitting members ${words[cast]}.`,
  };
}
