// The Security Council's voting rules, once, as pure functions (used by the seed, the CSV import,
// the admin forms and the API alike). Dates are ISO strings "YYYY-MM-DD" to avoid time-zone drift.

export const VOTE_CASTS = ["Y", "N", "A", "X"] as const;
export type VoteCast = (typeof VOTE_CASTS)[number];
export type Outcome = "ADOPTED" | "VETOED" | "FAILED";

export interface MemberVote {
  member: string; // ISO3 code as used in the records (SUN for the USSR, CHN for both Chinas)
  vote: VoteCast;
}

/** The enlarged (15-member) Council first sat on 1 January 1966 (Charter amendment in force 31 August 1965). */
export const ENLARGEMENT_DATE = "1966-01-01";
/** The Russian Federation took the USSR's seat on 24 December 1991. */
export const RUSSIA_SUCCESSION_DATE = "1991-12-24";
/** The People's Republic of China took China's seat on 25 October 1971 (GA resolution 2758). */
export const CHINA_SUCCESSION_DATE = "1971-10-25";

export type IsoDate = string;

export function toIsoDate(d: Date | string): IsoDate {
  if (typeof d === "string") return d.slice(0, 10);
  return d.toISOString().slice(0, 10);
}

/** Whether "yyyy-mm-dd" names a day that exists (no 31 June, no 29 February 2023). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** yyyy-mm-dd for a day that exists, else null. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  const s = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isCalendarDate(s) ? s : null;
}

export function councilSize(date: Date | string): 11 | 15 {
  return toIsoDate(date) < ENLARGEMENT_DATE ? 11 : 15;
}

/** Affirmative votes a draft needs: 7 of 11 before 1966, 9 of 15 since. */
export function requiredMajority(date: Date | string): 7 | 9 {
  return councilSize(date) === 11 ? 7 : 9;
}

/** Whether a state (by record code) held a permanent seat on that date. */
export function isPermanentMember(member: string, date: Date | string): boolean {
  const d = toIsoDate(date);
  switch (member) {
    case "CHN":
    case "FRA":
    case "GBR":
    case "USA":
      return true;
    case "SUN":
      return d < RUSSIA_SUCCESSION_DATE;
    case "RUS":
      return d >= RUSSIA_SUCCESSION_DATE;
    default:
      return false;
  }
}

/** Codes that ever held a permanent seat: the only states that can cast a veto. */
export const PERMANENT_MEMBER_CODES = ["CHN", "FRA", "GBR", "RUS", "SUN", "USA"] as const;

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
  nonVoting: number;
}

export function tallyVotes(votes: readonly Pick<MemberVote, "vote">[]): Tally {
  const t: Tally = { yes: 0, no: 0, abstain: 0, nonVoting: 0 };
  for (const v of votes) {
    if (v.vote === "Y") t.yes++;
    else if (v.vote === "N") t.no++;
    else if (v.vote === "A") t.abstain++;
    else t.nonVoting++;
  }
  return t;
}

export interface VoteDecision {
  outcome: Outcome;
  tally: Tally;
  required: 7 | 9;
  /** Permanent members whose negative vote blocked the draft (empty unless VETOED). */
  vetoedBy: string[];
}

/**
 * The outcome of a vote. A substantive draft with the required affirmative votes fails only if a
 * permanent member votes against it (a veto; abstention or absence does not block). A draft short
 * of the majority fails "for insufficient votes" even if a permanent member voted against it.
 * Procedural votes cannot be vetoed.
 */
export function decideOutcome(input: { date: Date | string; procedural?: boolean; votes: readonly MemberVote[] }): VoteDecision {
  const tally = tallyVotes(input.votes);
  const required = requiredMajority(input.date);
  if (tally.yes < required) return { outcome: "FAILED", tally, required, vetoedBy: [] };
  if (input.procedural) return { outcome: "ADOPTED", tally, required, vetoedBy: [] };
  const vetoedBy = input.votes
    .filter((v) => v.vote === "N" && isPermanentMember(v.member, input.date))
    .map((v) => v.member)
    .sort();
  return { outcome: vetoedBy.length > 0 ? "VETOED" : "ADOPTED", tally, required, vetoedBy };
}

/** Outcome from a stated tally when no member-by-member grid exists (historical veto lists). */
export function decideOutcomeFromTally(input: {
  date: Date | string;
  procedural?: boolean;
  yes: number;
  negativePermanentMembers: readonly string[];
}): Omit<VoteDecision, "tally"> {
  const required = requiredMajority(input.date);
  if (input.yes < required) return { outcome: "FAILED", required, vetoedBy: [] };
  if (input.procedural || input.negativePermanentMembers.length === 0) return { outcome: "ADOPTED", required, vetoedBy: [] };
  return { outcome: "VETOED", required, vetoedBy: [...input.negativePermanentMembers].sort() };
}

export type VoteProblem =
  | { code: "too-many-votes"; count: number; size: number }
  | { code: "duplicate-member"; member: string }
  | { code: "not-sitting"; member: string }
  | { code: "missing-member"; member: string }
  | { code: "veto-by-elected-member"; member: string }
  | { code: "veto-disagrees-with-votes"; member: string }
  | { code: "veto-not-declared"; member: string }
  | { code: "veto-on-procedural" }
  | { code: "veto-without-majority" };

/**
 * Checks a vote grid against the Council sitting that day. `sitting` is the list of member codes
 * on the Council on that date (from the seat records). `complete` asks that every sitting member
 * has a vote. `declaredVetoes` (from a source or a form) must agree with the grid when it is complete.
 */
export function validateVotes(input: {
  date: Date | string;
  votes: readonly MemberVote[];
  sitting?: readonly string[];
  complete?: boolean;
  procedural?: boolean;
  declaredVetoes?: readonly string[];
}): VoteProblem[] {
  const problems: VoteProblem[] = [];
  const size = councilSize(input.date);
  if (input.votes.length > size) problems.push({ code: "too-many-votes", count: input.votes.length, size });
  const seen = new Set<string>();
  for (const v of input.votes) {
    if (seen.has(v.member)) problems.push({ code: "duplicate-member", member: v.member });
    seen.add(v.member);
    if (input.sitting && !input.sitting.includes(v.member)) problems.push({ code: "not-sitting", member: v.member });
  }
  if (input.complete && input.sitting) for (const m of input.sitting) if (!seen.has(m)) problems.push({ code: "missing-member", member: m });
  if (input.declaredVetoes) {
    // Each problem names the member at fault, once: a declared vetoer that is not a permanent
    // member is that problem only; a procedural vote makes every declared veto wrong at once; a
    // declared permanent member whose vote was no veto is at fault, not the member that did veto
    // (choosing France where Russia vetoed names France); an undeclared veto is named only when
    // every declared one agrees with the votes (the list is then merely incomplete).
    const declared = [...new Set(input.declaredVetoes)].sort();
    const permanent = declared.filter((m) => isPermanentMember(m, input.date));
    for (const m of declared) if (!permanent.includes(m)) problems.push({ code: "veto-by-elected-member", member: m });
    if (declared.length > 0 && input.procedural) problems.push({ code: "veto-on-procedural" });
    else if (input.complete) {
      // An empty list is a statement too (a veto list naming nobody); the form passes none when unticked.
      const decision = decideOutcome({ date: input.date, procedural: input.procedural, votes: input.votes });
      if (declared.length > 0 && decision.tally.yes < decision.required) problems.push({ code: "veto-without-majority" });
      else {
        const wrong = permanent.filter((m) => !decision.vetoedBy.includes(m));
        for (const m of wrong) problems.push({ code: "veto-disagrees-with-votes", member: m });
        if (wrong.length === 0 && permanent.length === declared.length)
          for (const m of decision.vetoedBy) if (!declared.includes(m)) problems.push({ code: "veto-not-declared", member: m });
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Kinds of vote, and which vetoes a total counts

/** What was put to the vote (the schema's VoteObject). */
export const VOTE_OBJECTS = ["DRAFT", "AMENDMENT", "PARAGRAPH", "PRELIMINARY_QUESTION", "PROCEDURAL_MOTION"] as const;
export type VoteObject = (typeof VOTE_OBJECTS)[number];

/**
 * The kinds of vote a reader tells apart (the list's `kind` filter, the coverage page). Every vote
 * has exactly one: a procedural vote is "procedural" whatever was put to the vote (S/RES/2623 is a
 * procedural draft resolution); otherwise what was put to the vote decides.
 */
export const KINDS_OF_VOTE = ["draft", "amendment", "paragraph", "preliminary", "procedural"] as const;
export type KindOfVote = (typeof KINDS_OF_VOTE)[number];

const KIND_OF_OBJECT: Record<VoteObject, KindOfVote> = {
  DRAFT: "draft",
  AMENDMENT: "amendment",
  PARAGRAPH: "paragraph",
  PRELIMINARY_QUESTION: "preliminary",
  PROCEDURAL_MOTION: "procedural",
};

export function kindOfVote(objectOfVote: VoteObject, procedural: boolean): KindOfVote {
  return procedural ? "procedural" : KIND_OF_OBJECT[objectOfVote];
}

/** The objects of vote of one kind when the vote is not procedural (the "procedural" kind adds every procedural vote). */
export function objectsOfKind(kind: KindOfVote): VoteObject[] {
  return VOTE_OBJECTS.filter((o) => KIND_OF_OBJECT[o] === kind);
}

/**
 * How a veto total counts. "library": as the UN Library's veto list, one veto per vetoing member
 * per draft, amendment or preliminary question; a separate vote on part of a draft is not counted
 * apart. "drafts": vetoes of whole drafts only (the totals other publications quote).
 */
export const VETO_COUNTS = ["library", "drafts"] as const;
export type VetoCount = (typeof VETO_COUNTS)[number];
export const DEFAULT_VETO_COUNT: VetoCount = "library";

export function vetoCounted(objectOfVote: VoteObject, count: VetoCount = DEFAULT_VETO_COUNT): boolean {
  return count === "drafts" ? objectOfVote === "DRAFT" : objectOfVote !== "PARAGRAPH";
}

/** The objects of vote whose vetoes a count includes (the SQL condition: object_of_vote = ANY(...)). */
export function vetoCountedObjects(count: VetoCount = DEFAULT_VETO_COUNT): VoteObject[] {
  return VOTE_OBJECTS.filter((o) => vetoCounted(o, count));
}
