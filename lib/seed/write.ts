// Writes a SeedDataset in one transaction, batched and keyed on natural keys (member code, source
// key, meeting record, draft ref, (draft, member)...). Re-running inserts nothing new:
//   - reference rows (members, seats, topics, sources, meetings, council seats, year-level issues)
//     skip rows whose unique key exists (ON CONFLICT DO NOTHING, i.e. createMany's skipDuplicates);
//   - a draft's children (votes, vetoes, topics, penholders, source links, issues) are written only
//     for drafts this run inserted, so rows an editor changed or removed on an existing draft are
//     left alone.
// Why INSERT … SELECT unnest($1::type[], …) rather than prisma.x.createMany: the same statement
// semantics, but one array parameter per column instead of one parameter per value. createMany
// took ~11 s for the 50,000 rows (Prisma builds and binds every value); this takes well under 2 s
// on PostgreSQL and on the embedded PGlite. Column names are the migration's (snake_case); the
// integration tests read everything back through the Prisma client, so a drift would show.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { rebuildSummaries } from "../db/summaries";
import type {
  SeedDataset,
  SeedDraft,
  SeedIssue,
  SeedMeeting,
  SeedMemberState,
  SeedPermanentSeat,
  SeedSeat,
  SeedSeatHolder,
  SeedSource,
  SeedTopic,
} from "./types";

/** Rows per statement: big enough to be fast, small enough to keep each array parameter modest. */
const CHUNK = 10_000;

type Tx = Prisma.TransactionClient;

export interface WriteCounts {
  memberState: number;
  permanentSeat: number;
  permanentSeatHolder: number;
  topic: number;
  source: number;
  meeting: number;
  councilSeat: number;
  draft: number;
  vote: number;
  veto: number;
  draftTopic: number;
  penholder: number;
  draftSource: number;
  dataIssue: number;
  auditEntry: number;
}

interface Column<T> {
  name: string;
  /** PostgreSQL type of the column, e.g. text, int, date, "VoteCast". */
  type: string;
  value: (row: T) => string | number | boolean | null;
}

/**
 * INSERT INTO table (cols) SELECT * FROM unnest($1::t1[], $2::t2[], …) ON CONFLICT DO NOTHING,
 * in chunks. Returns the number of rows inserted, and the RETURNING rows when asked.
 */
async function bulkInsert<T, R = never>(
  tx: Tx,
  table: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  returning?: string,
): Promise<{ count: number; returned: R[] }> {
  let count = 0;
  const returned: R[] = [];
  const sql =
    `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")}) ` +
    `SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ")}) ` +
    `ON CONFLICT DO NOTHING${returning ? ` RETURNING ${returning}` : ""}`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const batch = rows.slice(i, i + CHUNK);
    const params = columns.map((c) => batch.map((r) => c.value(r)));
    if (returning) {
      const out = await tx.$queryRawUnsafe<R[]>(sql, ...params);
      returned.push(...out);
      count += out.length;
    } else count += await tx.$executeRawUnsafe(sql, ...params);
  }
  return { count, returned };
}

const text = <T>(name: string, value: (r: T) => string | null): Column<T> => ({ name, type: "text", value });
const int = <T>(name: string, value: (r: T) => number | null): Column<T> => ({ name, type: "int", value });
const bool = <T>(name: string, value: (r: T) => boolean): Column<T> => ({ name, type: "boolean", value });
const date = <T>(name: string, value: (r: T) => string | null): Column<T> => ({ name, type: "date", value });
const json = <T>(name: string, value: (r: T) => unknown): Column<T> => ({
  name,
  type: "jsonb",
  value: (r) => {
    const v = value(r);
    return v === undefined || v === null ? null : JSON.stringify(v);
  },
});
const enumOf = <T>(name: string, type: string, value: (r: T) => string): Column<T> => ({ name, type: `"${type}"`, value });

interface IdRef {
  id: number;
  ref: string;
}

export async function writeDataset(prisma: PrismaClient, ds: SeedDataset, log: (m: string) => void = () => {}): Promise<WriteCounts> {
  return prisma.$transaction(
    async (tx: Tx) => {
      let t = performance.now();
      const lap = (what: string) => {
        const now = performance.now();
        log(`  ${what} in ${Math.round(now - t)} ms`);
        t = now;
      };
      const c: WriteCounts = {
        memberState: 0,
        permanentSeat: 0,
        permanentSeatHolder: 0,
        topic: 0,
        source: 0,
        meeting: 0,
        councilSeat: 0,
        draft: 0,
        vote: 0,
        veto: 0,
        draftTopic: 0,
        penholder: 0,
        draftSource: 0,
        dataIssue: 0,
        auditEntry: 0,
      };
      // One bulkInsert per table: alike in shape, but each names its own table's columns (not folded).
      c.memberState = (
        await bulkInsert<SeedMemberState>(
          tx,
          "member_state",
          [
            text("code", (m) => m.code),
            text("name_en", (m) => m.nameEn),
            text("name_th", (m) => m.nameTh),
            text("region", (m) => m.region),
            bool("dissolved", (m) => m.dissolved),
          ],
          ds.members,
        )
      ).count;
      c.permanentSeat = (
        await bulkInsert<SeedPermanentSeat>(
          tx,
          "permanent_seat",
          [text("id", (s) => s.id), text("name_en", (s) => s.nameEn), text("name_th", (s) => s.nameTh)],
          ds.permanentSeats,
        )
      ).count;
      c.permanentSeatHolder = (
        await bulkInsert<SeedSeatHolder>(
          tx,
          "permanent_seat_holder",
          [
            text("id", (h) => h.id),
            text("seat_id", (h) => h.seatId),
            text("member_code", (h) => h.memberCode),
            text("name_en", (h) => h.nameEn),
            text("name_th", (h) => h.nameTh),
            date("starts_on", (h) => h.startsOn),
            date("ends_on", (h) => h.endsOn),
          ],
          ds.seatHolders,
        )
      ).count;
      c.topic = (
        await bulkInsert<SeedTopic>(
          tx,
          "topic",
          [text("slug", (t) => t.slug), text("label_en", (t) => t.labelEn), text("label_th", (t) => t.labelTh)],
          ds.topics,
        )
      ).count;
      c.source = (
        await bulkInsert<SeedSource>(
          tx,
          "source",
          [
            text("key", (s) => s.key),
            text("title", (s) => s.title),
            text("outlet", (s) => s.outlet),
            text("url", (s) => s.url),
            text("language", (s) => s.language),
            text("text", (s) => s.text),
            text("licence", (s) => s.licence),
            enumOf("kind", "SourceKind", (s) => s.kind),
          ],
          ds.sources,
        )
      ).count;
      c.meeting = (
        await bulkInsert<SeedMeeting>(
          tx,
          "meeting",
          [text("record", (m) => m.record), date("date", (m) => m.date), text("press_release", (m) => m.pressRelease)],
          ds.meetings,
        )
      ).count;
      c.councilSeat = (
        await bulkInsert<SeedSeat>(
          tx,
          "council_seat",
          [
            text("member_code", (s) => s.memberCode),
            int("year", (s) => s.year),
            bool("permanent", (s) => s.permanent),
            text("name_at_time", (s) => s.nameAtTime),
            date("starts_on", (s) => s.startsOn),
            date("ends_on", (s) => s.endsOn),
            text("derived_from", (s) => s.derivedFrom),
          ],
          ds.seats,
        )
      ).count;

      lap("reference rows");
      const sourceIds = new Map(
        (await tx.source.findMany({ where: { key: { in: ds.sources.map((s) => s.key) } }, select: { id: true, key: true } })).map((s) => [s.key, s.id]),
      );
      const meetingIds = new Map((await tx.meeting.findMany({ select: { id: true, record: true } })).map((m) => [m.record, m.id]));

      // Drafts: insert the ones not there yet; RETURNING gives exactly the rows inserted.
      const existing = new Set((await tx.draft.findMany({ select: { ref: true } })).map((d) => d.ref));
      const fresh = ds.drafts.filter((d) => !existing.has(d.ref));
      const { returned } = await bulkInsert<SeedDraft, IdRef>(
        tx,
        "draft",
        [
          text("ref", (d) => d.ref),
          text("symbol", (d) => d.symbol),
          date("voted_on", (d) => d.votedOn),
          int("year", (d) => d.year),
          int("meeting_id", (d) => (d.meeting ? (meetingIds.get(d.meeting) ?? null) : null)),
          text("title", (d) => d.title),
          text("agenda_item", (d) => d.agendaItem),
          enumOf("object_of_vote", "VoteObject", (d) => d.objectOfVote),
          bool("procedural", (d) => d.procedural),
          enumOf("modality", "VoteModality", (d) => d.modality),
          enumOf("outcome", "Outcome", (d) => d.outcome),
          int("resolution_number", (d) => d.resolutionNumber),
          int("yes_count", (d) => d.tally.yes),
          int("no_count", (d) => d.tally.no),
          int("abstain_count", (d) => d.tally.abstain),
          int("non_voting_count", (d) => d.tally.nonVoting),
          bool("votes_complete", (d) => d.votesComplete),
          text("undl_id", (d) => d.undlId),
          bool("flagged", (d) => d.flagged),
          int("stated_yes", (d) => d.stated?.yes ?? null),
          int("stated_no", (d) => d.stated?.no ?? null),
          int("stated_abstain", (d) => d.stated?.abstain ?? null),
          text("stated_tally_from", (d) => d.stated?.from ?? null),
          { name: "tally_check", type: '"TallyCheck"', value: (d) => d.tallyCheck },
          bool("votes_derived", (d) => d.votesDerived),
          bool("unconfirmed", (d) => d.unconfirmed),
          text("updated_by", () => "seed"),
        ],
        fresh,
        "id, ref",
      );
      const inserted = new Map(returned.map((r) => [r.ref, Number(r.id)]));
      c.draft = inserted.size;
      lap(`${c.draft} drafts`);
      const mine = ds.drafts.filter((d) => inserted.has(d.ref));
      const idOf = (ref: string) => inserted.get(ref)!;

      // Parents (amendments) may be drafts inserted in an earlier run: look them up by ref.
      const withParent = mine.filter((d) => d.parentRef);
      if (withParent.length) {
        const parents = new Map(
          (await tx.draft.findMany({ where: { ref: { in: withParent.map((d) => d.parentRef!) } }, select: { id: true, ref: true } })).map((p) => [p.ref, p.id]),
        );
        for (const d of withParent) {
          const parentId = parents.get(d.parentRef!);
          if (parentId) await tx.draft.update({ where: { id: idOf(d.ref) }, data: { parentDraftId: parentId, updatedBy: "seed" } });
        }
      }

      type VoteRow = { draftId: number; member: string; vote: string; name: string | null; derived: boolean; recordedAs: string | null };
      c.vote = (
        await bulkInsert<VoteRow>(
          tx,
          "vote",
          [
            int("draft_id", (v) => v.draftId),
            text("member_code", (v) => v.member),
            enumOf("vote", "VoteCast", (v) => v.vote),
            text("name_at_time", (v) => v.name),
            bool("derived", (v) => v.derived),
            { name: "recorded_as", type: '"VoteCast"', value: (v) => v.recordedAs },
          ],
          mine.flatMap((d) =>
            d.votes.map((v) => ({
              draftId: idOf(d.ref),
              member: v.member,
              vote: v.vote,
              name: v.nameAtTime,
              derived: v.derived ?? false,
              recordedAs: v.recordedAs ?? null,
            })),
          ),
        )
      ).count;
      lap(`${c.vote} votes`);
      type VetoRow = { draftId: number; member: string; votedOn: string | null; year: number };
      c.veto = (
        await bulkInsert<VetoRow>(
          tx,
          "veto",
          [int("draft_id", (v) => v.draftId), text("member_code", (v) => v.member), date("voted_on", (v) => v.votedOn), int("year", (v) => v.year)],
          mine.flatMap((d) => d.vetoes.map((m) => ({ draftId: idOf(d.ref), member: m, votedOn: d.votedOn, year: d.year }))),
        )
      ).count;
      type Pair = { draftId: number; value: string };
      c.draftTopic = (
        await bulkInsert<Pair>(
          tx,
          "draft_topic",
          [int("draft_id", (p) => p.draftId), text("topic_slug", (p) => p.value)],
          mine.flatMap((d) => d.topics.map((t) => ({ draftId: idOf(d.ref), value: t }))),
        )
      ).count;
      c.penholder = (
        await bulkInsert<Pair>(
          tx,
          "penholder",
          [int("draft_id", (p) => p.draftId), text("member_code", (p) => p.value)],
          mine.flatMap((d) => d.penholders.map((m) => ({ draftId: idOf(d.ref), value: m }))),
        )
      ).count;
      type LinkRow = { draftId: number; sourceId: number; note: string | null };
      c.draftSource = (
        await bulkInsert<LinkRow>(
          tx,
          "draft_source",
          [int("draft_id", (l) => l.draftId), int("source_id", (l) => l.sourceId), text("note", (l) => l.note)],
          mine.flatMap((d) => d.sources.map((s) => ({ draftId: idOf(d.ref), sourceId: sourceIds.get(s.key)!, note: s.note }))),
        )
      ).count;
      // Issues about a draft come with the draft; year-level issues (seats) stand alone.
      const issues = ds.issues.filter((i) => i.ref === null || inserted.has(i.ref));
      c.dataIssue = (
        await bulkInsert<SeedIssue>(
          tx,
          "data_issue",
          [
            int("draft_id", (i) => (i.ref === null ? null : idOf(i.ref))),
            int("year", (i) => i.year),
            text("source_file", (i) => i.sourceFile),
            text("source_row", (i) => i.sourceRow),
            text("kind", (i) => i.kind),
            text("reason", (i) => i.reason),
            json("evidence", (i) => i.evidence),
          ],
          issues,
        )
      ).count;

      lap("vetoes, topics, penholders, source links, issues");
      const total = Object.values(c).reduce((a, b) => a + b, 0);
      if (total > 0) {
        await tx.auditEntry.create({
          data: {
            actor: "seed",
            action: "import",
            entity: "dataset",
            entityKey: "data/",
            after: { inserted: { ...c }, dataset: { drafts: ds.drafts.length, issues: ds.issues.length, sources: ds.sources.length } },
          },
        });
        c.auditEntry = 1;
        await rebuildSummaries(tx);
        lap("read summaries");
      }
      log(
        `inserted ${
          Object.entries(c)
            .filter(([, n]) => n > 0)
            .map(([t, n]) => `${t} ${n}`)
            .join(", ") || "nothing"
        }`,
      );
      return c;
    },
    { maxWait: 60_000, timeout: 600_000 },
  );
}
