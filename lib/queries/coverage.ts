import "server-only";
import { db, Prisma } from "@/lib/db";
import { KINDS_OF_VOTE, type KindOfVote } from "@/lib/council/rules";
import { kindOfVoteCondition } from "@/lib/queries/vote-kinds";

// What the record covers, per year and in all: the votes by kind and outcome, how many carry a
// stated tally, member votes (recorded or derived), a meeting record, a flag or rest on sources of
// unknown reliability; and the known gaps (data_issue) by kind. Two grouped queries, each one row
// per year plus the totals (GROUPING SETS); nothing is counted in JavaScript.

export interface CoverageCounts {
  votes: number;
  kinds: Record<KindOfVote, number>;
  adopted: number;
  vetoed: number;
  failed: number;
  /** The UN's stated tally is known (statedYes), or the member grid is complete and gives it. */
  statedTally: number;
  /** A complete member-by-member grid as recorded (not derived from the stated tally). */
  recorded: number;
  /** A member grid derived from the stated tally. */
  derived: number;
  /** The meeting record (S/PV.…) is known. */
  meeting: number;
  flagged: number;
  unconfirmed: number;
  /** Recorded data issues by kind (no-roll-call, missing-date...). */
  issues: Record<string, number>;
}

export interface CoverageYear extends CoverageCounts {
  year: number;
}

export interface Coverage {
  total: CoverageCounts;
  /** Newest first; a year appears when it has votes or recorded issues. */
  years: CoverageYear[];
  /** Every issue kind recorded, most frequent first. */
  issueKinds: { kind: string; count: number }[];
}

type DraftRow = Omit<CoverageCounts, "kinds" | "issues"> & { year: number | null; all: boolean } & Record<`kind_${KindOfVote}`, number>;

const emptyCounts = (): CoverageCounts => ({
  votes: 0,
  kinds: Object.fromEntries(KINDS_OF_VOTE.map((k) => [k, 0])) as Record<KindOfVote, number>,
  adopted: 0,
  vetoed: 0,
  failed: 0,
  statedTally: 0,
  recorded: 0,
  derived: 0,
  meeting: 0,
  flagged: 0,
  unconfirmed: 0,
  issues: {},
});

export async function getCoverage(): Promise<Coverage> {
  const kindColumns = KINDS_OF_VOTE.map((k) => Prisma.sql`count(*) FILTER (WHERE ${kindOfVoteCondition(k)})::int AS ${Prisma.raw(`"kind_${k}"`)}`);
  const [draftRows, issueRows] = await Promise.all([
    db.$queryRaw<DraftRow[]>`
      SELECT d.year, GROUPING(d.year) = 1 AS "all", count(*)::int AS votes,
             ${Prisma.join(kindColumns, ", ")},
             count(*) FILTER (WHERE d.outcome = 'ADOPTED')::int AS adopted,
             count(*) FILTER (WHERE d.outcome = 'VETOED')::int AS vetoed,
             count(*) FILTER (WHERE d.outcome = 'FAILED')::int AS failed,
             count(*) FILTER (WHERE d.stated_yes IS NOT NULL OR d.votes_complete)::int AS "statedTally",
             count(*) FILTER (WHERE d.votes_complete AND NOT d.votes_derived)::int AS recorded,
             count(*) FILTER (WHERE d.votes_derived)::int AS derived,
             count(*) FILTER (WHERE d.meeting_id IS NOT NULL)::int AS meeting,
             count(*) FILTER (WHERE d.flagged)::int AS flagged,
             count(*) FILTER (WHERE d.unconfirmed)::int AS unconfirmed
      FROM draft d
      GROUP BY GROUPING SETS ((d.year), ())`,
    // An issue belongs to its draft's year, or to the year it names (issues about a source row
    // without a draft, e.g. a seat that changed hands within a year); one with neither counts in
    // the totals only.
    db.$queryRaw<{ year: number | null; all: boolean; kind: string; n: number }[]>`
      SELECT COALESCE(d.year, i.year) AS year, GROUPING(COALESCE(d.year, i.year)) = 1 AS "all", i.kind, count(*)::int AS n
      FROM data_issue i LEFT JOIN draft d ON d.id = i.draft_id
      GROUP BY GROUPING SETS ((COALESCE(d.year, i.year), i.kind), (i.kind))`,
  ]);

  const total = emptyCounts();
  const byYear = new Map<number, CoverageYear>();
  const yearOf = (year: number) => byYear.get(year) ?? byYear.set(year, { year, ...emptyCounts() }).get(year)!;
  for (const { year, all, ...r } of draftRows) {
    const target = all ? total : yearOf(year!);
    const kinds = Object.fromEntries(KINDS_OF_VOTE.map((k) => [k, r[`kind_${k}`]])) as Record<KindOfVote, number>;
    Object.assign(target, {
      votes: r.votes,
      kinds,
      adopted: r.adopted,
      vetoed: r.vetoed,
      failed: r.failed,
      statedTally: r.statedTally,
      recorded: r.recorded,
      derived: r.derived,
      meeting: r.meeting,
      flagged: r.flagged,
      unconfirmed: r.unconfirmed,
    });
  }
  for (const { year, all, kind, n } of issueRows) {
    if (all) total.issues[kind] = n;
    else if (year !== null) yearOf(year).issues[kind] = n;
  }
  const issueKinds = Object.entries(total.issues)
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return { total, years: [...byYear.values()].sort((a, b) => b.year - a.year), issueKinds };
}

/** The date of the latest vote on record (ISO), null when none is dated; an index lookup on draft(voted_on). */
export async function getLatestVoteDate(): Promise<string | null> {
  const [row] = await db.$queryRaw<{ date: string | null }[]>`SELECT to_char(max(voted_on), 'YYYY-MM-DD') AS date FROM draft`;
  return row?.date ?? null;
}
