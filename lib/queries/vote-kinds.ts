import { Prisma } from "@/lib/db";
import { KINDS_OF_VOTE, objectsOfKind, vetoCountedObjects, type KindOfVote, type VetoCount } from "@/lib/council/rules";

// The rules of lib/council/rules.ts (kinds of vote, which vetoes a total counts) as SQL conditions
// on a draft row, for the raw queries; draftWhere() (lib/queries/draft-where.ts) says the same to Prisma.

const column = (alias: string, name: string) => Prisma.raw(`${alias}.${name}`);
const objects = (list: readonly string[]) => Prisma.sql`CAST(${list} AS "VoteObject"[])`;

/** The drafts of one kind of vote (kindOfVote). */
export function kindOfVoteCondition(kind: KindOfVote, alias = "d"): Prisma.Sql {
  const object = Prisma.sql`${column(alias, "object_of_vote")} = ANY(${objects(objectsOfKind(kind))})`;
  return kind === "procedural" ? Prisma.sql`(${column(alias, "procedural")} OR ${object})` : Prisma.sql`(NOT ${column(alias, "procedural")} AND ${object})`;
}

/** kindOfVote() of the row, as text ('draft', 'amendment', ...), for grouping. */
export function kindOfVoteSql(alias = "d"): Prisma.Sql {
  const cases = KINDS_OF_VOTE.filter((k) => k !== "procedural").map(
    (k) => Prisma.sql`WHEN ${column(alias, "object_of_vote")} = ANY(${objects(objectsOfKind(k))}) THEN ${k}`,
  );
  return Prisma.sql`(CASE WHEN ${kindOfVoteCondition("procedural", alias)} THEN 'procedural' ${Prisma.join(cases, " ")} END)::text`;
}

/** The vetoes on this draft count under `count` (vetoCounted). */
export function vetoCountCondition(count: VetoCount | undefined, alias = "d"): Prisma.Sql {
  return Prisma.sql`${column(alias, "object_of_vote")} = ANY(${objects(vetoCountedObjects(count))})`;
}
