import "server-only";
import { db, Prisma } from "@/lib/db";
import { vetoCountCondition } from "@/lib/queries/vote-kinds";
import type { Outcome, VoteCast } from "@/lib/council/rules";
import type { MemberName } from "@/lib/queries/drafts";

// Read side of the Atom feeds (app/[locale]/feeds): the latest votes of one kind, newest first,
// with what an entry says. One query per feed; the route caches it with the other read queries.

/** How many entries a feed carries: readers poll often, so only the latest votes matter. */
export const FEED_SIZE = 50;

export type FeedKind = { kind: "votes" } | { kind: "vetoes" } | { kind: "member"; code: string } | { kind: "topic"; slug: string };

export interface FeedEntry {
  ref: string;
  symbol: string | null;
  /** ISO date "YYYY-MM-DD"; null for undated votes (then only `year` is known). */
  date: string | null;
  year: number;
  title: string | null;
  agendaItem: string | null;
  outcome: Outcome;
  resolutionNumber: number | null;
  /** The UN's stated tally where there is one, else the recorded counts (as the draft's page leads with). */
  tally: { yes: number; no: number; abstain: number } | null;
  vetoes: MemberName[];
  /** The member's own vote, in a member's feed (null: no vote recorded; a veto is "N"). */
  memberVote: VoteCast | null;
  /** ISO timestamp of the draft's last change: the entry's `updated`. */
  updatedAt: string;
}

export interface Feed {
  /** The member's or topic's names, for the feed's title; absent for the votes and vetoes feeds. */
  subject: { nameEn: string; nameTh: string } | null;
  entries: FeedEntry[];
}

function condition(f: FeedKind): Prisma.Sql {
  switch (f.kind) {
    case "votes":
      return Prisma.sql`TRUE`;
    // The veto list's rule (docs/decisions/007-veto-counting.md): vetoes counted as the UN Library counts them.
    case "vetoes":
      return Prisma.sql`EXISTS (SELECT 1 FROM veto vx WHERE vx.draft_id = d.id) AND ${vetoCountCondition(undefined)}`;
    // As the list of drafts' country filter: a vote by the member, or a veto (most historical vetoes have no grid).
    case "member":
      return Prisma.sql`(EXISTS (SELECT 1 FROM vote vx WHERE vx.draft_id = d.id AND vx.member_code = ${f.code})
        OR EXISTS (SELECT 1 FROM veto vx WHERE vx.draft_id = d.id AND vx.member_code = ${f.code}))`;
    case "topic":
      return Prisma.sql`EXISTS (SELECT 1 FROM draft_topic tx WHERE tx.draft_id = d.id AND tx.topic_slug = ${f.slug})`;
  }
}

async function subjectOf(f: FeedKind): Promise<Feed["subject"] | undefined> {
  if (f.kind === "member") {
    const m = await db.memberState.findUnique({ where: { code: f.code }, select: { nameEn: true, nameTh: true } });
    return m ?? undefined;
  }
  if (f.kind === "topic") {
    const t = await db.topic.findUnique({ where: { slug: f.slug }, select: { labelEn: true, labelTh: true } });
    return t ? { nameEn: t.labelEn, nameTh: t.labelTh } : undefined;
  }
  return null;
}

/** The feed's latest FEED_SIZE entries, newest vote first (then by ref); null for an unknown member or topic. */
export async function getFeed(f: FeedKind, limit = FEED_SIZE): Promise<Feed | null> {
  const subject = await subjectOf(f);
  if (subject === undefined) return null;
  const code = f.kind === "member" ? f.code : null;
  const entries = await db.$queryRaw<FeedEntry[]>`
    SELECT d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS date, d.year, d.title, d.agenda_item AS "agendaItem",
           d.outcome::text AS outcome, d.resolution_number AS "resolutionNumber",
           CASE WHEN d.stated_yes IS NOT NULL
                THEN json_build_object('yes', d.stated_yes, 'no', COALESCE(d.stated_no, 0), 'abstain', COALESCE(d.stated_abstain, 0))
                WHEN d.yes_count IS NOT NULL
                THEN json_build_object('yes', d.yes_count, 'no', COALESCE(d.no_count, 0), 'abstain', COALESCE(d.abstain_count, 0))
           END AS tally,
           COALESCE((SELECT json_agg(json_build_object('member', v.member_code, 'nameEn', m.name_en, 'nameTh', m.name_th) ORDER BY v.member_code)
                     FROM veto v JOIN member_state m ON m.code = v.member_code WHERE v.draft_id = d.id), '[]'::json) AS vetoes,
           CASE WHEN ${code}::text IS NULL THEN NULL
                ELSE COALESCE((SELECT vt.vote::text FROM vote vt WHERE vt.draft_id = d.id AND vt.member_code = ${code}),
                              (SELECT 'N' FROM veto vx WHERE vx.draft_id = d.id AND vx.member_code = ${code}))
           END AS "memberVote",
           to_char(d.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
    FROM draft d
    WHERE ${condition(f)}
    -- updated_at is a UTC timestamp without a zone (Prisma's DateTime).
    ORDER BY d.year DESC, d.voted_on DESC NULLS LAST, d.ref DESC
    LIMIT ${limit}`;
  return { subject, entries };
}
