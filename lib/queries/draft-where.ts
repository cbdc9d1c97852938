import type { Prisma } from "@/lib/generated/prisma/client";
import type { DraftFilters } from "@/lib/validations/filters";
import { objectsOfKind, type KindOfVote } from "@/lib/council/rules";

/** The drafts of one kind of vote (kindOfVote in lib/council/rules.ts; kindOfVoteCondition in SQL). */
export function kindWhere(kind: KindOfVote): Prisma.DraftWhereInput {
  const object: Prisma.DraftWhereInput = { objectOfVote: { in: objectsOfKind(kind) } };
  return kind === "procedural" ? { OR: [{ procedural: true }, object] } : { AND: [{ procedural: false }, object] };
}

// One translation of the URL filters into a Prisma where clause, shared by every list and count.
// The search (`q`) is not here: Prisma cannot say full-text search; a list with `q` runs in SQL
// (lib/queries/search.ts, sqlPage() in lib/queries/drafts.ts).
export function draftWhere(f: Omit<DraftFilters, "q">): Prisma.DraftWhereInput {
  const and: Prisma.DraftWhereInput[] = [];
  if (f.country) {
    const voted: Prisma.DraftWhereInput = { votes: { some: { memberCode: f.country, ...(f.vote ? { vote: f.vote } : {}) } } };
    // A veto is a negative vote, and most historical vetoes have no vote grid: count them as the
    // member's participation (any vote) and as its "against" vote.
    and.push(!f.vote || f.vote === "N" ? { OR: [voted, { vetoes: { some: { memberCode: f.country } } }] } : voted);
  }
  if (f.vetoedBy) and.push({ vetoes: { some: { memberCode: f.vetoedBy } } });
  if (f.topic) and.push({ topics: { some: { topicSlug: f.topic } } });
  if (f.from !== undefined) and.push({ year: { gte: f.from } });
  if (f.to !== undefined) and.push({ year: { lte: f.to } });
  if (f.outcome) and.push({ outcome: f.outcome.toUpperCase() as "ADOPTED" | "VETOED" | "FAILED" });
  if (f.kind) and.push(kindWhere(f.kind));
  return and.length ? { AND: and } : {};
}
