// Why a vote ended as it did, for every kind of vote, as message keys and values (the words live in
// messages/<locale>/common.json under "explain"; the page formats the member names). Pure: the
// draft's page, its list rows and the tests all read the same explanation.
import { kindOfVote, type KindOfVote, type Outcome, type VoteCast, type VoteObject } from "./rules";

export type VoteModality = "RECORDED_VOTE" | "WITHOUT_VOTE" | "NO_ROLL_CALL";

/** What the headline sentence says about the figures. */
export type HeadlineVariant = "tally" | "noTally" | "withoutVote" | "unknownVetoers";

export interface ExplainInput<M> {
  objectOfVote: VoteObject;
  procedural: boolean;
  modality: VoteModality;
  outcome: Outcome;
  /** Affirmative votes needed that day: 7 before 1966, 9 since. */
  required: 7 | 9;
  /** Votes in favour as the record states them; null when the sources give no tally. */
  yes: number | null;
  /** The members whose negative vote was a veto (empty when unknown or none). */
  vetoers: readonly M[];
  /** The member-by-member record, where there is one (only the permanent members are read). */
  votes: readonly (M & { vote: VoteCast; permanent: boolean })[];
}

export type NoteKey =
  /** Substantive vote short of the majority: a permanent member's "no" was not a veto. */
  | "notAVeto"
  /** Adopted over a permanent member's abstention or absence (they do not block). */
  | "abstentionDoesNotBlock"
  /** Adopted over a permanent member's "no", not marked procedural (S/RES/119 (1956), S/RES/462 (1980)...). */
  | "adoptedOverNo"
  /** Procedural vote: the majority needed, and that no veto applies. */
  | "procedural"
  /** Procedural vote: a permanent member voted against, which is not a veto. */
  | "proceduralAgainst"
  /** An amendment failed (or was vetoed): the draft it would change is a separate vote. */
  | "amendmentOnly"
  /** A part of a draft voted separately: it does not decide the draft as a whole. */
  | "paragraphOnly"
  /** A vetoed preliminary question: the "double veto". */
  | "doubleVeto";

export interface Explanation<M> {
  /** Message key under "explain": `${kind}.${outcome}.${variant}` for the headline. */
  headline: { kind: KindOfVote; outcome: Outcome; variant: HeadlineVariant; key: string };
  /** Further sentences, in reading order, each with the members it names (if any). */
  notes: { key: NoteKey; members: readonly M[] }[];
  /** Values the headline asks for (members: the vetoers). */
  yes: number | null;
  required: 7 | 9;
  members: readonly M[];
}

/**
 * Explains one vote. A procedural vote cannot be vetoed (9 votes, 7 before 1966, whoever votes
 * against); a substantive one (a draft, an amendment, a separately voted part, the preliminary
 * question whether a matter is procedural) also needs no permanent member against it — but a
 * "no" on a vote that lacked the majority anyway is not a veto, and an abstention or absence
 * never blocks. A recorded VETOED on a procedural vote is read as the record says, as a draft's.
 */
export function explainOutcome<M>(input: ExplainInput<M>): Explanation<M> {
  const { outcome, required, yes } = input;
  // A procedural motion is procedural even if not marked so; a recorded veto is shown as recorded.
  const procedural = outcome !== "VETOED" && (input.procedural || input.objectOfVote === "PROCEDURAL_MOTION");
  const kind: KindOfVote = procedural ? "procedural" : input.objectOfVote === "PROCEDURAL_MOTION" ? "draft" : kindOfVote(input.objectOfVote, false);
  const variant: HeadlineVariant =
    input.modality === "WITHOUT_VOTE" && outcome === "ADOPTED"
      ? "withoutVote"
      : outcome === "VETOED" && input.vetoers.length === 0
        ? "unknownVetoers"
        : yes === null
          ? "noTally"
          : "tally";

  const permanentAgainst = input.votes.filter((v) => v.permanent && v.vote === "N");
  const permanentNotVoting = input.votes.filter((v) => v.permanent && (v.vote === "A" || v.vote === "X"));
  const notes: Explanation<M>["notes"] = [];
  if (procedural) {
    notes.push({ key: "procedural", members: [] });
    if (permanentAgainst.length > 0) notes.push({ key: "proceduralAgainst", members: permanentAgainst });
  } else {
    if (outcome === "FAILED" && permanentAgainst.length > 0 && yes !== null && yes < required) notes.push({ key: "notAVeto", members: permanentAgainst });
    if (outcome === "ADOPTED" && permanentNotVoting.length > 0) notes.push({ key: "abstentionDoesNotBlock", members: permanentNotVoting });
    // The record calls these substantive, yet a permanent member's "no" did not block them: decisions
    // the Council took as procedural (calling emergency special sessions, invitations) or under a rule
    // without a veto (the Charter review conference, Article 109). Said so, never "no one voted against".
    if (outcome === "ADOPTED" && permanentAgainst.length > 0) notes.push({ key: "adoptedOverNo", members: permanentAgainst });
    if (kind === "amendment" && outcome !== "ADOPTED") notes.push({ key: "amendmentOnly", members: [] });
    if (kind === "paragraph") notes.push({ key: "paragraphOnly", members: [] });
    if (kind === "preliminary" && outcome === "VETOED") notes.push({ key: "doubleVeto", members: [] });
  }
  return {
    headline: { kind, outcome, variant, key: `${kind}.${outcome}.${variant}` },
    notes,
    yes,
    required,
    members: outcome === "VETOED" ? input.vetoers : [],
  };
}

/** Every headline key explainOutcome can return (tests check each has words in both languages). */
export function allHeadlineKeys(): string[] {
  const kinds: KindOfVote[] = ["draft", "amendment", "paragraph", "preliminary", "procedural"];
  const keys: string[] = [];
  for (const kind of kinds)
    for (const outcome of ["ADOPTED", "VETOED", "FAILED"] as const) {
      if (kind === "procedural" && outcome === "VETOED") continue;
      const variants: HeadlineVariant[] = ["tally", "noTally"];
      if (outcome === "ADOPTED") variants.push("withoutVote");
      if (outcome === "VETOED") variants.push("unknownVetoers");
      for (const v of variants) keys.push(`${kind}.${outcome}.${v}`);
    }
  return keys;
}

export const NOTE_KEYS: readonly NoteKey[] = [
  "notAVeto",
  "abstentionDoesNotBlock",
  "adoptedOverNo",
  "procedural",
  "proceduralAgainst",
  "amendmentOnly",
  "paragraphOnly",
  "doubleVeto",
];
