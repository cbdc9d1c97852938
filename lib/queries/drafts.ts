import "server-only";
import { cache } from "react";
import { db, Prisma } from "@/lib/db";
import { isPermanentMember, requiredMajority, toIsoDate, type Outcome, type VoteCast } from "@/lib/council/rules";
import { draftWhere } from "@/lib/queries/draft-where";
import { kindOfVoteCondition } from "@/lib/queries/vote-kinds";
import type { DraftFilters } from "@/lib/validations/filters";

// Read side of /resolutions, /resolutions/<ref> and /api/resolutions/<ref>.

export const DRAFTS_PAGE_SIZE = 50;

export type VoteModality = "RECORDED_VOTE" | "WITHOUT_VOTE" | "NO_ROLL_CALL";
export type VoteObject = "DRAFT" | "AMENDMENT" | "PARAGRAPH" | "PRELIMINARY_QUESTION" | "PROCEDURAL_MOTION";

export interface DraftTally {
  yes: number;
  no: number;
  abstain: number;
  nonVoting: number | null;
}

export interface MemberName {
  member: string;
  nameEn: string;
  nameTh: string;
}

/** What a list row and a draft's page both show. */
export interface DraftListRow {
  ref: string;
  symbol: string | null;
  /** ISO date "YYYY-MM-DD"; null for the few undated votes (then only `year` is known). */
  date: string | null;
  year: number;
  title: string | null;
  agendaItem: string | null;
  objectOfVote: VoteObject;
  modality: VoteModality;
  outcome: Outcome;
  resolutionNumber: number | null;
  tally: DraftTally | null;
  vetoes: MemberName[];
}

export interface DraftList {
  rows: DraftListRow[];
  total: number;
  page: number;
  pageSize: number;
}

function tallyOf(d: { yesCount: number | null; noCount: number | null; abstainCount: number | null; nonVotingCount: number | null }): DraftTally | null {
  if (d.yesCount === null) return null;
  return { yes: d.yesCount, no: d.noCount ?? 0, abstain: d.abstainCount ?? 0, nonVoting: d.nonVotingCount };
}

const isoOrNull = (d: Date | null) => (d ? toIsoDate(d) : null);

function orderFor(sort: DraftFilters["sort"]): Prisma.DraftOrderByWithRelationInput[] {
  switch (sort) {
    case "date-asc":
      return [{ year: "asc" }, { votedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }];
    case "symbol":
      return [{ ref: "asc" }];
    default:
      return [{ year: "desc" }, { votedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }];
  }
}

/** The columns a list row needs, as the page queries return them (counts not yet a tally, vetoes apart). */
interface DraftPageRow extends Omit<DraftListRow, "tally" | "vetoes"> {
  id: number;
  yesCount: number | null;
  noCount: number | null;
  abstainCount: number | null;
  nonVotingCount: number | null;
}

/**
 * One page of drafts matching the URL filters, with the total: the count and the page run in
 * parallel, then one query fetches the page's vetoing members (never a query per row). With a
 * country filter the page is the hand-written countryPage() below; otherwise Prisma's findMany.
 */
export async function listDrafts(filters: DraftFilters, pageSize: number = DRAFTS_PAGE_SIZE): Promise<DraftList> {
  const where = draftWhere(filters);
  const page = filters.page ?? 1;
  const [total, drafts] = await Promise.all([
    countFromSummary(filters) ?? db.draft.count({ where }),
    filters.country ? countryPage({ ...filters, country: filters.country }, page, pageSize) : prismaPage(where, filters.sort, page, pageSize),
  ]);
  const ids = drafts.map((d) => d.id);
  const vetoes = ids.length
    ? await db.$queryRaw<(MemberName & { draftId: number })[]>`
        SELECT v.draft_id AS "draftId", v.member_code AS member, m.name_en AS "nameEn", m.name_th AS "nameTh"
        FROM veto v JOIN member_state m ON m.code = v.member_code
        WHERE v.draft_id = ANY(${ids}::int[])
        ORDER BY v.member_code`
    : [];
  return {
    total,
    page,
    pageSize,
    rows: drafts.map((d) => ({
      ref: d.ref,
      symbol: d.symbol,
      date: d.date,
      year: d.year,
      title: d.title,
      agendaItem: d.agendaItem,
      objectOfVote: d.objectOfVote,
      modality: d.modality,
      outcome: d.outcome,
      resolutionNumber: d.resolutionNumber,
      tally: tallyOf(d),
      vetoes: vetoes.filter((v) => v.draftId === d.id).map(({ draftId: _, ...v }) => v),
    })),
  };
}

async function prismaPage(where: Prisma.DraftWhereInput, sort: DraftFilters["sort"], page: number, pageSize: number): Promise<DraftPageRow[]> {
  const rows = await db.draft.findMany({
    where,
    orderBy: orderFor(sort),
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      ref: true,
      symbol: true,
      votedOn: true,
      year: true,
      title: true,
      agendaItem: true,
      objectOfVote: true,
      modality: true,
      outcome: true,
      resolutionNumber: true,
      yesCount: true,
      noCount: true,
      abstainCount: true,
      nonVotingCount: true,
    },
  });
  return rows.map(({ votedOn, ...d }) => ({ ...d, date: isoOrNull(votedOn) }));
}

/**
 * The page of a country-filtered list, in SQL: the same filters as draftWhere() and the same order
 * as orderFor() (tests/integration/draft-queries.test.ts compares the two on many combinations).
 * Prisma writes the country filter as `EXISTS (vote) OR EXISTS (veto)`, which PostgreSQL runs as
 * hashed subplans: all of the member's votes (210k for RUS at 100x) are read before the first row.
 * Here the member's vote is a LEFT JOIN on vote's primary key, so the planner can walk the drafts
 * in list order (index draft(year, voted_on NULLS FIRST, id), read backwards for newest first)
 * and probe one vote per draft until the page is full (page 1 of RUS from 2000 at 100x: 50 drafts
 * read, under 3 ms, was 100–260 ms). For a member with few votes, or a deep page, it still joins
 * the member's votes first and sorts (bench/results/plans/list-pages-deep-100x.txt).
 */
async function countryPage(f: DraftFilters & { country: string }, page: number, pageSize: number): Promise<DraftPageRow[]> {
  const and: Prisma.Sql[] = [
    // A veto counts as taking part (any vote) and as voting against, as in draftWhere().
    !f.vote || f.vote === "N"
      ? Prisma.sql`(mv.draft_id IS NOT NULL OR EXISTS (SELECT 1 FROM veto mx WHERE mx.draft_id = d.id AND mx.member_code = ${f.country}))`
      : Prisma.sql`mv.draft_id IS NOT NULL`,
  ];
  if (f.vetoedBy) and.push(Prisma.sql`EXISTS (SELECT 1 FROM veto vb WHERE vb.draft_id = d.id AND vb.member_code = ${f.vetoedBy})`);
  if (f.topic) and.push(Prisma.sql`EXISTS (SELECT 1 FROM draft_topic tx WHERE tx.draft_id = d.id AND tx.topic_slug = ${f.topic})`);
  if (f.from !== undefined) and.push(Prisma.sql`d.year >= ${f.from}`);
  if (f.to !== undefined) and.push(Prisma.sql`d.year <= ${f.to}`);
  if (f.outcome) and.push(Prisma.sql`d.outcome = ${f.outcome.toUpperCase()}::"Outcome"`);
  if (f.kind) and.push(kindOfVoteCondition(f.kind));
  if (f.q) {
    // As Prisma's `contains` with mode "insensitive" (draftWhere): ILIKE '%' || q || '%', the
    // input's own % and _ are not escaped by Prisma either, so both lists match the same drafts.
    const like = (column: Prisma.Sql) => Prisma.sql`${column} ILIKE ('%' || ${f.q} || '%')`;
    const any = [like(Prisma.sql`d.ref`), like(Prisma.sql`d.title`), like(Prisma.sql`d.agenda_item`)];
    if (/^\d{1,5}$/.test(f.q)) any.push(Prisma.sql`d.resolution_number = ${Number(f.q)}`);
    and.push(Prisma.sql`(${Prisma.join(any, " OR ")})`);
  }
  // The inner query orders and skips only the sort keys (an index-only walk, or a narrow sort for
  // a deep page); the page's drafts are read whole afterwards.
  const keys = f.sort === "symbol" ? Prisma.sql`d.id, d.ref` : Prisma.sql`d.id, d.year, d.voted_on`;
  const order = (t: "d" | "p") => {
    const c = (column: string) => Prisma.raw(`${t}.${column}`);
    return f.sort === "date-asc"
      ? Prisma.sql`${c("year")} ASC, ${c("voted_on")} ASC NULLS FIRST, ${c("id")} ASC`
      : f.sort === "symbol"
        ? Prisma.sql`${c("ref")} ASC`
        : Prisma.sql`${c("year")} DESC, ${c("voted_on")} DESC NULLS LAST, ${c("id")} DESC`;
  };
  return db.$queryRaw<DraftPageRow[]>`
    SELECT d.id, d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS date, d.year, d.title, d.agenda_item AS "agendaItem",
           d.object_of_vote::text AS "objectOfVote", d.modality::text AS modality, d.outcome::text AS outcome,
           d.resolution_number AS "resolutionNumber", d.yes_count AS "yesCount", d.no_count AS "noCount",
           d.abstain_count AS "abstainCount", d.non_voting_count AS "nonVotingCount"
    FROM (
      SELECT ${keys}
      FROM draft d
      LEFT JOIN vote mv ON mv.draft_id = d.id AND mv.member_code = ${f.country}${f.vote ? Prisma.sql` AND mv.vote = ${f.vote}::"VoteCast"` : Prisma.empty}
      WHERE ${Prisma.join(and, " AND ")}
      ORDER BY ${order("d")}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    ) p
    JOIN draft d ON d.id = p.id
    ORDER BY ${order("p")}`;
}

/**
 * The total for a country filter (with vote, years and outcome) from the member_year_drafts
 * summary (lib/db/summaries.ts), the same rule as draftWhere: the member voted (that way), or —
 * for "any vote" and "against" — vetoed. Null when other filters apply (then the plain count).
 */
function countFromSummary(f: DraftFilters): Promise<number> | null {
  if (!f.country || f.vetoedBy || f.topic || f.q || f.kind) return null;
  const and: Prisma.Sql[] = [Prisma.sql`member_code = ${f.country}`];
  if (f.vote === "N") and.push(Prisma.sql`(vote = 'N' OR vetoed)`);
  else if (f.vote) and.push(Prisma.sql`vote = ${f.vote}`);
  if (f.from !== undefined) and.push(Prisma.sql`year >= ${f.from}`);
  if (f.to !== undefined) and.push(Prisma.sql`year <= ${f.to}`);
  if (f.outcome) and.push(Prisma.sql`outcome = ${f.outcome.toUpperCase()}::"Outcome"`);
  return db.$queryRaw<{ n: number }[]>`SELECT COALESCE(sum(n), 0)::int AS n FROM member_year_drafts WHERE ${Prisma.join(and, " AND ")}`.then(
    (rows) => rows[0]?.n ?? 0,
  );
}

export interface MemberOption {
  code: string;
  nameEn: string;
  nameTh: string;
  /** Held a permanent seat at some time (can appear in the "vetoed by" filter). */
  permanent: boolean;
}

/** Every state that ever sat on the Council (for the country filter), in English name order. */
export async function listMemberOptions(): Promise<MemberOption[]> {
  const rows = await db.$queryRaw<MemberOption[]>`
    SELECT m.code, m.name_en AS "nameEn", m.name_th AS "nameTh", bool_or(s.permanent) AS permanent
    FROM member_state m JOIN council_seat s ON s.member_code = m.code
    GROUP BY m.code, m.name_en, m.name_th
    ORDER BY m.name_en`;
  return rows;
}

export interface TopicOption {
  slug: string;
  labelEn: string;
  labelTh: string;
}

export async function listTopicOptions(): Promise<TopicOption[]> {
  return db.topic.findMany({ select: { slug: true, labelEn: true, labelTh: true }, orderBy: { labelEn: "asc" } });
}

export interface DraftVote extends MemberName {
  /** The state's name as recorded for that vote (Zaire, USSR...), when the source gives it. */
  nameAtTime: string | null;
  permanent: boolean;
  vote: VoteCast;
}

export interface DraftSourceView {
  key: string;
  title: string;
  outlet: string | null;
  url: string | null;
  language: string;
  text: string | null;
  note: string | null;
}

export interface DraftDataIssue {
  kind: string;
  reason: string;
  sourceFile: string;
  sourceRow: string | null;
}

export interface DraftDetail extends DraftListRow {
  /** The draft an amendment or separately voted paragraph belongs to. */
  parent: { ref: string; symbol: string | null } | null;
  procedural: boolean;
  /** S/RES/1718(2006) for adopted resolutions. */
  resolutionSymbol: string | null;
  /** Affirmative votes needed that day: 7 before 1966, 9 since. */
  required: 7 | 9;
  votesComplete: boolean;
  undlId: string | null;
  meeting: { record: string; date: string | null } | null;
  /** Members' votes in the record's order: permanent members first, then by English name. */
  votes: DraftVote[];
  topics: TopicOption[];
  penholders: MemberName[];
  sources: DraftSourceView[];
  dataIssues: DraftDataIssue[];
}

// One round trip: the draft row with its lists aggregated as JSON (Prisma's nested select would
// issue a query per relation, about fourteen for this page).
type DraftDetailRow = Omit<DraftDetail, "resolutionSymbol" | "required" | "tally" | "votes"> & {
  yesCount: number | null;
  noCount: number | null;
  abstainCount: number | null;
  nonVotingCount: number | null;
  votes: Omit<DraftVote, "permanent">[];
};

async function loadDraftDetail(match: Prisma.Sql): Promise<DraftDetail | null> {
  const rows = await db.$queryRaw<DraftDetailRow[]>`
    SELECT d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS date, d.year, d.title,
      d.agenda_item AS "agendaItem", d.object_of_vote::text AS "objectOfVote", d.procedural,
      d.modality::text AS modality, d.outcome::text AS outcome, d.resolution_number AS "resolutionNumber",
      d.yes_count AS "yesCount", d.no_count AS "noCount", d.abstain_count AS "abstainCount",
      d.non_voting_count AS "nonVotingCount", d.votes_complete AS "votesComplete", d.undl_id AS "undlId",
      CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('ref', p.ref, 'symbol', p.symbol) END AS parent,
      CASE WHEN mt.id IS NULL THEN NULL
        ELSE json_build_object('record', mt.record, 'date', to_char(mt.date, 'YYYY-MM-DD')) END AS meeting,
      COALESCE((SELECT json_agg(json_build_object('member', v.member_code, 'nameEn', m.name_en, 'nameTh', m.name_th,
          'nameAtTime', v.name_at_time, 'vote', v.vote) ORDER BY m.name_en)
        FROM vote v JOIN member_state m ON m.code = v.member_code WHERE v.draft_id = d.id), '[]') AS votes,
      COALESCE((SELECT json_agg(json_build_object('member', v.member_code, 'nameEn', m.name_en, 'nameTh', m.name_th)
          ORDER BY v.member_code)
        FROM veto v JOIN member_state m ON m.code = v.member_code WHERE v.draft_id = d.id), '[]') AS vetoes,
      COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'labelEn', t.label_en, 'labelTh', t.label_th)
          ORDER BY t.label_en)
        FROM draft_topic dt JOIN topic t ON t.slug = dt.topic_slug WHERE dt.draft_id = d.id), '[]') AS topics,
      COALESCE((SELECT json_agg(json_build_object('member', ph.member_code, 'nameEn', m.name_en, 'nameTh', m.name_th)
          ORDER BY m.name_en)
        FROM penholder ph JOIN member_state m ON m.code = ph.member_code WHERE ph.draft_id = d.id), '[]') AS penholders,
      COALESCE((SELECT json_agg(json_build_object('key', s.key, 'title', s.title, 'outlet', s.outlet, 'url', s.url,
          'language', s.language, 'text', s.text, 'note', ds.note) ORDER BY s.id)
        FROM draft_source ds JOIN source s ON s.id = ds.source_id WHERE ds.draft_id = d.id), '[]') AS sources,
      COALESCE((SELECT json_agg(json_build_object('kind', i.kind, 'reason', i.reason, 'sourceFile', i.source_file,
          'sourceRow', i.source_row) ORDER BY i.id)
        FROM data_issue i WHERE i.draft_id = d.id), '[]') AS "dataIssues"
    FROM draft d
    LEFT JOIN draft p ON p.id = d.parent_draft_id
    LEFT JOIN meeting mt ON mt.id = d.meeting_id
    WHERE ${match}`;
  const d = rows[0];
  if (!d) return null;
  const date = d.date ?? `${d.year}-07-01`; // rules need a date; mid-year when only the year is known
  const { yesCount, noCount, abstainCount, nonVotingCount, votes, ...rest } = d;
  return {
    ...rest,
    resolutionSymbol: d.resolutionNumber !== null ? `S/RES/${d.resolutionNumber}(${d.year})` : null,
    required: requiredMajority(date),
    tally: tallyOf({ yesCount, noCount, abstainCount, nonVotingCount }),
    // Permanent members first (as the grid shows them), then elected members by English name.
    votes: votes
      .map((v) => ({ ...v, permanent: isPermanentMember(v.member, date) }))
      .sort((a, b) => Number(b.permanent) - Number(a.permanent)),
  };
}

/**
 * A draft by its ref (S/2024/255, S/PV.57:2), with everything its page and the API show; null if
 * unknown. Cached per request so the page and its metadata share one load.
 */
export const getDraftByRef = cache(
  async (ref: string): Promise<DraftDetail | null> => loadDraftDetail(Prisma.sql`d.ref = ${ref}`),
);

/** The adopted draft that became resolution `n` (1718 → S/2006/805); null if unknown. */
export async function getDraftByResolutionNumber(n: number): Promise<DraftDetail | null> {
  return loadDraftDetail(Prisma.sql`d.resolution_number = ${n}`);
}

/** Whether a draft with this exact ref exists (the cheap check that lets a page answer 404 before streaming). */
export async function hasDraft(ref: string): Promise<boolean> {
  return (await db.draft.count({ where: { ref } })) > 0;
}

/** Just the ref (and year) of resolution `n`, for redirecting /resolutions/1718 to its canonical URL. */
export async function getRefByResolutionNumber(n: number): Promise<{ ref: string; year: number } | null> {
  return db.draft.findUnique({ where: { resolutionNumber: n }, select: { ref: true, year: true } });
}
