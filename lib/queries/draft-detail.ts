import "server-only";
import type { DraftRefTarget } from "@/lib/validations/draft-ref";
import { cache } from "react";
import { db, Prisma } from "@/lib/db";
import { isPermanentMember, requiredMajority, type Outcome, type VoteCast } from "@/lib/council/rules";
import {
  findSource,
  gridSourceOf,
  pressReleases,
  readerNotes,
  SOURCE_KIND_ORDER,
  tallyDisagreement,
  type PressRelease,
  type ReaderNote,
  type SourceKind,
  type SourceRef,
  type StatedTally,
  type TallyCheck,
  type TallyDisagreement,
} from "@/lib/draft-record";
import { tallyOf, type DraftListRow, type MemberName, type VoteObject } from "@/lib/queries/drafts";
import type { TopicOption } from "@/lib/queries/options";

// Read side of /resolutions/<ref> and /api/resolutions/<ref>: one draft with everything its page shows.

export interface DraftVote extends MemberName {
  /** The state's name as recorded for that vote (Zaire, USSR...), when the source gives it. */
  nameAtTime: string | null;
  permanent: boolean;
  vote: VoteCast;
  /** The only vote the UN's stated tally leaves for this member (no source names it). */
  derived: boolean;
  /** What a compilation recorded (e.g. A) before the vote was read as not participating (X). */
  recordedAs: VoteCast | null;
}

export interface DraftSourceView extends SourceRef {
  outlet: string | null;
  language: string;
  text: string | null;
  kind: SourceKind;
  /** Working note (rows, "verified: partial"): the admin view and the API, never the public page. */
  note: string | null;
}

export interface DraftDataIssue {
  kind: string;
  reason: string;
  sourceFile: string;
  sourceRow: string | null;
  evidence: unknown;
}

/** An amendment to a draft, or a part of it voted separately, as the draft's page lists it. */
export interface DraftAmendment {
  ref: string;
  symbol: string | null;
  date: string | null;
  objectOfVote: VoteObject;
  procedural: boolean;
  outcome: Outcome;
  tally: StatedTally | null;
  vetoes: MemberName[];
}

export interface DraftDetail extends DraftListRow {
  /** The draft an amendment or separately voted paragraph belongs to. */
  parent: { ref: string; symbol: string | null } | null;
  /** Votes on this draft's amendments and separately voted parts, in the order they were taken. */
  amendments: DraftAmendment[];
  procedural: boolean;
  /** S/RES/1718(2006) for adopted resolutions. */
  resolutionSymbol: string | null;
  /** Affirmative votes needed that day: 7 before 1966, 9 since. */
  required: 7 | 9;
  votesComplete: boolean;
  undlId: string | null;
  meeting: { record: string; date: string | null; pressRelease: string | null; pressReleases: PressRelease[] } | null;
  /** The tally as the UN states it (the Library's tables, a press release, the official voting data). */
  statedTally: StatedTally | null;
  /** Key of the source that states it, and that source. */
  statedTallyFrom: string | null;
  statedTallySource: SourceRef | null;
  /** How the stated tally compares with the member votes; null when there is nothing to compare. */
  tallyCheck: TallyCheck | null;
  /** The grid is derived from the stated tally, not recorded. */
  votesDerived: boolean;
  /** Every source is of unknown reliability. */
  unconfirmed: boolean;
  /** The two figures when the stated tally and the member votes disagree (tallyCheck DISAGREES). */
  tallyDisagreement: TallyDisagreement | null;
  /** The compilation the member votes come from, where the data issues name it. */
  gridSource: SourceRef | null;
  /** Members' votes in the record's order: permanent members first, then by English name. */
  votes: DraftVote[];
  topics: TopicOption[];
  penholders: MemberName[];
  /** UN records first, then research, compilations, news, unknown reliability (SOURCE_KIND_ORDER). */
  sources: DraftSourceView[];
  dataIssues: DraftDataIssue[];
  /** The data issues a reader should know about, in reader's words (for the public page). */
  readerNotes: ReaderNote[];
}

// One round trip: the draft row with its lists aggregated as JSON (Prisma's nested select would
// issue a query per relation, about fourteen for this page).
type DraftDetailRow = Omit<
  DraftDetail,
  | "resolutionSymbol"
  | "required"
  | "tally"
  | "votes"
  | "statedTally"
  | "statedTallySource"
  | "tallyDisagreement"
  | "gridSource"
  | "readerNotes"
  | "meeting"
  | "amendments"
> & {
  yesCount: number | null;
  noCount: number | null;
  abstainCount: number | null;
  nonVotingCount: number | null;
  statedYes: number | null;
  statedNo: number | null;
  statedAbstain: number | null;
  meeting: { record: string; date: string | null; pressRelease: string | null } | null;
  votes: Omit<DraftVote, "permanent">[];
  amendments: (Omit<DraftAmendment, "tally"> & { yes: number | null; no: number | null; abstain: number | null })[];
  /** Sources the stated tally and the issues' evidence name (they need not be linked to the draft). */
  referencedSources: SourceRef[];
};

// The UN's stated tally when there is one, else the counts; null when neither gives "in favour".
const statedOrCounts = (s: { yes: number | null; no: number | null; abstain: number | null }): StatedTally | null =>
  s.yes === null ? null : { yes: s.yes, no: s.no ?? 0, abstain: s.abstain ?? 0 };

async function loadDraftDetail(match: Prisma.Sql): Promise<DraftDetail | null> {
  const rows = await db.$queryRaw<DraftDetailRow[]>`
    SELECT d.ref, d.symbol, to_char(d.voted_on, 'YYYY-MM-DD') AS date, d.year, d.title,
      d.agenda_item AS "agendaItem", d.object_of_vote::text AS "objectOfVote", d.procedural,
      d.modality::text AS modality, d.outcome::text AS outcome, d.resolution_number AS "resolutionNumber",
      d.yes_count AS "yesCount", d.no_count AS "noCount", d.abstain_count AS "abstainCount",
      d.non_voting_count AS "nonVotingCount", d.votes_complete AS "votesComplete", d.undl_id AS "undlId",
      d.stated_yes AS "statedYes", d.stated_no AS "statedNo", d.stated_abstain AS "statedAbstain",
      d.stated_tally_from AS "statedTallyFrom", d.tally_check::text AS "tallyCheck",
      d.votes_derived AS "votesDerived", d.unconfirmed,
      CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('ref', p.ref, 'symbol', p.symbol) END AS parent,
      CASE WHEN mt.id IS NULL THEN NULL
        ELSE json_build_object('record', mt.record, 'date', to_char(mt.date, 'YYYY-MM-DD'), 'pressRelease', mt.press_release) END AS meeting,
      COALESCE((SELECT json_agg(json_build_object('member', v.member_code, 'nameEn', m.name_en, 'nameTh', m.name_th,
          'nameAtTime', v.name_at_time, 'vote', v.vote, 'derived', v.derived, 'recordedAs', v.recorded_as) ORDER BY m.name_en)
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
          'language', s.language, 'text', s.text, 'kind', s.kind, 'note', ds.note)
          ORDER BY array_position(${[...SOURCE_KIND_ORDER]}::text[], s.kind::text), s.id)
        FROM draft_source ds JOIN source s ON s.id = ds.source_id WHERE ds.draft_id = d.id), '[]') AS sources,
      COALESCE((SELECT json_agg(json_build_object('kind', i.kind, 'reason', i.reason, 'sourceFile', i.source_file,
          'sourceRow', i.source_row, 'evidence', i.evidence) ORDER BY i.id)
        FROM data_issue i WHERE i.draft_id = d.id), '[]') AS "dataIssues",
      COALESCE((SELECT json_agg(json_build_object('ref', a.ref, 'symbol', a.symbol, 'date', to_char(a.voted_on, 'YYYY-MM-DD'),
          'objectOfVote', a.object_of_vote, 'procedural', a.procedural, 'outcome', a.outcome,
          'yes', COALESCE(a.stated_yes, a.yes_count), 'no', CASE WHEN a.stated_yes IS NULL THEN a.no_count ELSE a.stated_no END,
          'abstain', CASE WHEN a.stated_yes IS NULL THEN a.abstain_count ELSE a.stated_abstain END,
          'vetoes', COALESCE((SELECT json_agg(json_build_object('member', x.member_code, 'nameEn', m.name_en, 'nameTh', m.name_th)
              ORDER BY x.member_code)
            FROM veto x JOIN member_state m ON m.code = x.member_code WHERE x.draft_id = a.id), '[]'))
          ORDER BY a.voted_on NULLS LAST, a.id)
        FROM draft a WHERE a.parent_draft_id = d.id), '[]') AS amendments,
      -- Sources named by the stated tally and by the issues' evidence (by key or bare file name: findSource).
      COALESCE((SELECT json_agg(DISTINCT jsonb_build_object('key', s.key, 'title', s.title, 'url', s.url))
        FROM source s JOIN (
          SELECT d.stated_tally_from AS r
          UNION
          SELECT x #>> '{}' FROM data_issue i CROSS JOIN LATERAL jsonb_path_query(i.evidence,
            'lax $.** ? (@.type() == "object").keyvalue() '
            '? (@.key == "statedFrom" || @.key == "gridFrom" || @.key == "keptFrom" || @.key == "votesFrom").value') x
          WHERE i.draft_id = d.id
        ) refs ON s.key IN (refs.r, 'file:' || refs.r)), '[]') AS "referencedSources"
    FROM draft d
    LEFT JOIN draft p ON p.id = d.parent_draft_id
    LEFT JOIN meeting mt ON mt.id = d.meeting_id
    WHERE ${match}`;
  const d = rows[0];
  if (!d) return null;
  const date = d.date ?? `${d.year}-07-01`; // rules need a date; mid-year when only the year is known
  const { yesCount, noCount, abstainCount, nonVotingCount, statedYes, statedNo, statedAbstain, votes, referencedSources, meeting, amendments, ...rest } = d;
  const statedTally = statedOrCounts({ yes: statedYes, no: statedNo, abstain: statedAbstain });
  const tally = tallyOf({ yesCount, noCount, abstainCount, nonVotingCount });
  const known: SourceRef[] = [...d.sources, ...referencedSources];
  return {
    ...rest,
    meeting: meeting && { ...meeting, pressReleases: pressReleases(meeting.pressRelease, Number((meeting.date ?? date).slice(0, 4))) },
    resolutionSymbol: d.resolutionNumber !== null ? `S/RES/${d.resolutionNumber}(${d.year})` : null,
    required: requiredMajority(date),
    tally,
    statedTally,
    statedTallySource: findSource(known, d.statedTallyFrom),
    tallyDisagreement: tallyDisagreement({ ...d, statedTally, counts: tally && { ...tally, nonVoting: tally.nonVoting ?? 0 }, issues: d.dataIssues }, known),
    gridSource: gridSourceOf(d.dataIssues, known),
    readerNotes: readerNotes(d.dataIssues, known),
    amendments: amendments.map(({ yes, no, abstain, ...a }) => ({ ...a, tally: statedOrCounts({ yes, no, abstain }) })),
    // Permanent members first (as the grid shows them), then elected members by English name.
    votes: votes.map((v) => ({ ...v, permanent: isPermanentMember(v.member, date) })).sort((a, b) => Number(b.permanent) - Number(a.permanent)),
  };
}

/**
 * A draft by its ref (S/2024/255, S/PV.57:2), with everything its page and the API show; null if
 * unknown. Cached per request so the page and its metadata share one load.
 */
export const getDraftByRef = cache(async (ref: string): Promise<DraftDetail | null> => loadDraftDetail(Prisma.sql`d.ref = ${ref}`));

/** The adopted draft that became resolution `n` (1718 → S/2006/805); null if unknown. */
export async function getDraftByResolutionNumber(n: number): Promise<DraftDetail | null> {
  return loadDraftDetail(Prisma.sql`d.resolution_number = ${n}`);
}

/**
 * The draft an API address names (lib/validations/draft-ref.ts): by ref, or by resolution number,
 * where S/RES/1718(2006) must name the right year as well as the number. Null if none is recorded.
 */
export async function getDraftByTarget(target: DraftRefTarget): Promise<DraftDetail | null> {
  if (target.kind === "ref") return getDraftByRef(target.ref);
  const d = await getDraftByResolutionNumber(target.number);
  return d && (target.year === undefined || target.year === d.year) ? d : null;
}

/** "No draft S/2024/999 is recorded." / "No resolution 9999 is recorded." */
export const notRecordedMessage = (target: DraftRefTarget): string =>
  `No ${target.kind === "ref" ? `draft ${target.ref}` : `resolution ${target.number}`} is recorded.`;

/** Whether a draft with this exact ref exists (the cheap check that lets a page answer 404 before streaming). */
export async function hasDraft(ref: string): Promise<boolean> {
  return (await db.draft.count({ where: { ref } })) > 0;
}

/** Just the ref (and year) of resolution `n`, for redirecting /resolutions/1718 to its canonical URL. */
export async function getRefByResolutionNumber(n: number): Promise<{ ref: string; year: number } | null> {
  return db.draft.findUnique({ where: { resolutionNumber: n }, select: { ref: true, year: true } });
}
