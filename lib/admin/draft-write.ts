// Writing checked drafts (draft-check.ts): the draft rows, their votes, vetoes, topics, penholders
// and sources, and an audit entry each, in a fixed number of statements for one draft or a thousand.
import { Prisma } from "../generated/prisma/client";
import type { VoteCast } from "../council/rules";
import type { WriteRefusal } from "../forms/action-state";
import { slugify, type DraftInput } from "../validations/draft-form";
import { writeAudit, writeAudits, type Actor, type AuditAction } from "./audit";
import type { Checked } from "./draft-check";
import { DRAFT_RECORD_SELECT, snapshotOf, type DraftRecord, type DraftSnapshot } from "./draft-snapshot";
import { Refusal, type Tx } from "./transaction";
import { summariesBefore, summariesCreated } from "../db/summaries";

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A version-checked write came too late: who saved the row since, and when ("conflict": a draft's message). */
export function conflictOf(d: { updatedBy: string | null; updatedAt: Date }, code = "conflict"): WriteRefusal {
  return { ok: false, status: "conflict", message: { code, values: { by: d.updatedBy ?? "?", at: d.updatedAt.toISOString() } } };
}

export function draftNotFound(ref: string): WriteRefusal {
  return { ok: false, status: "not-found", message: { code: "draftNotFound", values: { ref } } };
}

/** Why a version-checked write changed no row: someone saved the draft since (who, when), or deleted it. */
export async function changedSince(tx: Tx, current: { id: number; ref: string }): Promise<WriteRefusal> {
  const now = await tx.draft.findUnique({ where: { id: current.id }, select: { updatedBy: true, updatedAt: true } });
  return now ? conflictOf(now) : draftNotFound(current.ref);
}

/**
 * Optimistic concurrency: the row changes only if nobody saved it since it was read; else a Refusal
 * is thrown and the caller's transaction rolls back.
 */
async function updateIfUnchanged(tx: Tx, current: DraftRecord, data: Prisma.DraftUncheckedUpdateManyInput): Promise<void> {
  const updated = await tx.draft.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw new Refusal(await changedSince(tx, current));
}

function draftColumns(c: Checked, meetingId: number | null, actor: Actor) {
  const { input } = c;
  return {
    ref: c.ref,
    symbol: input.symbol,
    votedOn: utcDate(input.votedOn),
    year: Number(input.votedOn.slice(0, 4)),
    meetingId,
    title: input.title,
    agendaItem: input.agendaItem,
    procedural: input.procedural,
    modality: c.modality,
    outcome: c.outcome,
    resolutionNumber: input.resolutionNumber,
    ...c.counts,
    updatedBy: actor.email,
    updatedAt: new Date(),
  };
}

/** The meetings the drafts name, created when new (dated by the vote) → their ids by record. */
async function meetingIds(tx: Tx, inputs: readonly DraftInput[]): Promise<Map<string, number>> {
  const dateOf = new Map<string, string>();
  for (const i of inputs) if (i.meetingRecord && !dateOf.has(i.meetingRecord)) dateOf.set(i.meetingRecord, i.votedOn);
  if (dateOf.size === 0) return new Map();
  const records = [...dateOf.keys()];
  await tx.meeting.createMany({ data: records.map((record) => ({ record, date: utcDate(dateOf.get(record)!) })), skipDuplicates: true });
  const meetings = await tx.meeting.findMany({ where: { record: { in: records } }, select: { id: true, record: true, date: true } });
  // A meeting on file without a date takes the vote's (checkDraft refused one with another date).
  for (const m of meetings) if (!m.date) await tx.meeting.update({ where: { id: m.id }, data: { date: utcDate(dateOf.get(m.record)!) } });
  return new Map(meetings.map((m) => [m.record, m.id]));
}

type SourceData = { title: string; outlet: string | null; language: string; text: string | null };
const sameSource = (a: SourceData, b: SourceData) => a.title === b.title && a.outlet === b.outlet && a.language === b.language && a.text === b.text;

/** Each draft's source ids, in its input order: kept by id, found by URL under any key, or created. */
async function sourceIds(tx: Tx, items: readonly { c: Checked }[]): Promise<number[][]> {
  const urls = [...new Set(items.flatMap(({ c }) => c.sources.flatMap((m) => (m.id === null ? [m.url] : []))))];
  const kept = [...new Set(items.flatMap(({ c }) => c.sources.flatMap((m) => (m.id === null ? [] : [m.id]))))];
  const select = { id: true, url: true, title: true, outlet: true, language: true, text: true } as const;
  // The seed keys its files' sources by file name; the oldest source with a URL is the one to cite.
  const stored = await tx.source.findMany({ where: { OR: [{ url: { in: urls } }, { id: { in: kept } }] }, orderBy: { id: "asc" }, select });
  const byUrl = new Map<string, number>();
  for (const r of stored) if (r.url && !byUrl.has(r.url)) byUrl.set(r.url, r.id);
  const dataOf = new Map<number, SourceData>(stored.map((r) => [r.id, r]));
  const firstUse = new Map<string, SourceData>();
  for (const { c } of items)
    for (const [i, m] of c.sources.entries())
      if (m.id === null && !byUrl.has(m.url) && !firstUse.has(m.url)) firstUse.set(m.url, sourceData(c.input.sources[i]!));
  if (firstUse.size > 0) {
    const created = await tx.source.createManyAndReturn({ data: [...firstUse].map(([url, d]) => ({ key: url, url, ...d })), select });
    for (const r of created) {
      byUrl.set(r.url!, r.id);
      dataOf.set(r.id, r);
    }
  }
  const ids = items.map(({ c }) => c.sources.map((m) => (m.id === null ? byUrl.get(m.url)! : m.id)));
  // A source's title, outlet or text corrected in the form is corrected wherever it is cited.
  for (const [n, { c }] of items.entries())
    for (const [i, id] of ids[n]!.entries()) {
      const data = sourceData(c.input.sources[i]!);
      if (!sameSource(dataOf.get(id)!, data)) {
        await tx.source.update({ where: { id }, data });
        dataOf.set(id, data);
      }
    }
  return ids.map((list) => [...new Set(list)]);
}

function sourceData(s: DraftInput["sources"][number]): SourceData {
  return { title: s.title, outlet: s.outlet, language: s.language, text: s.text };
}

/**
 * Writes the drafts' votes, vetoes, topics, penholders and source links (replacing what a
 * corrected draft had): a fixed number of statements for one draft or a thousand.
 */
async function writeChildren(tx: Tx, items: readonly { draftId: number; c: Checked }[], replace: boolean): Promise<void> {
  await writeVotes(tx, items, replace);
  await writeLinks(tx, items, replace);
}

/** The votes and the vetoes, replacing a corrected draft's. */
async function writeVotes(tx: Tx, items: readonly { draftId: number; c: Checked }[], replace: boolean): Promise<void> {
  const ids = items.map((i) => i.draftId);
  // How each kept vote was known (derived from the tally, read as not participating) survives a
  // correction that does not change it.
  const oldVotes = replace
    ? new Map(
        (
          await tx.vote.findMany({ where: { draftId: { in: ids } }, select: { draftId: true, memberCode: true, vote: true, derived: true, recordedAs: true } })
        ).map((v) => [`${v.draftId}:${v.memberCode}`, v]),
      )
    : new Map<string, { vote: VoteCast; derived: boolean; recordedAs: VoteCast | null }>();
  if (replace) {
    await tx.vote.deleteMany({ where: { draftId: { in: ids } } });
    await tx.veto.deleteMany({ where: { draftId: { in: ids } } });
  }
  await tx.vote.createMany({
    data: items.flatMap(({ draftId, c }) => {
      const names = new Map(c.sitting.map((s) => [s.code, s.nameAtTime]));
      return Object.entries(c.input.votes).map(([memberCode, vote]) => {
        const old = oldVotes.get(`${draftId}:${memberCode}`);
        const kept = old?.vote === vote;
        return {
          draftId,
          memberCode,
          vote,
          nameAtTime: names.get(memberCode) ?? null,
          derived: kept ? old.derived : false,
          recordedAs: kept ? old.recordedAs : null,
        };
      });
    }),
  });
  await tx.veto.createMany({
    data: items.flatMap(({ draftId, c }) => {
      const votedOn = utcDate(c.input.votedOn);
      return c.vetoedBy.map((memberCode) => ({ draftId, memberCode, votedOn, year: votedOn.getUTCFullYear() }));
    }),
  });
  // The check against the UN's stated tally follows the votes an editor saves.
  await tx.$executeRaw`
    UPDATE "draft" d SET
      "votes_derived" = EXISTS (SELECT 1 FROM "vote" v WHERE v."draft_id" = d."id" AND v."derived"),
      "tally_check" = CASE
        WHEN d."stated_yes" IS NULL OR NOT d."votes_complete" THEN NULL
        WHEN d."yes_count" = d."stated_yes" AND d."no_count" = d."stated_no" AND d."abstain_count" = d."stated_abstain" THEN
          CASE WHEN EXISTS (SELECT 1 FROM "vote" v WHERE v."draft_id" = d."id" AND v."recorded_as" IS NOT NULL)
               THEN 'NON_PARTICIPATION'::"TallyCheck" ELSE 'AGREES'::"TallyCheck" END
        ELSE 'DISAGREES'::"TallyCheck" END
    WHERE d."id" = ANY(${ids}::int[])`;
}

/** Topics (creating a new one named in the form), penholders and source links. */
async function writeLinks(tx: Tx, items: readonly { draftId: number; c: Checked }[], replace: boolean): Promise<void> {
  const ids = items.map((i) => i.draftId);
  // A kept source link keeps its working note.
  const oldNotes = replace
    ? new Map(
        (await tx.draftSource.findMany({ where: { draftId: { in: ids }, note: { not: null } }, select: { draftId: true, sourceId: true, note: true } })).map(
          (l) => [`${l.draftId}:${l.sourceId}`, l.note],
        ),
      )
    : new Map<string, string | null>();
  const oldSources = replace ? await citedSources(tx, ids) : [];
  if (replace) {
    await tx.draftTopic.deleteMany({ where: { draftId: { in: ids } } });
    await tx.penholder.deleteMany({ where: { draftId: { in: ids } } });
    await tx.draftSource.deleteMany({ where: { draftId: { in: ids } } });
  }
  const topicsOf = items.map(({ c }) => [...c.input.topics]);
  for (const [n, { c }] of items.entries()) {
    const { newTopicEn, newTopicTh } = c.input;
    if (!newTopicEn) continue;
    const slug = slugify(newTopicEn);
    await tx.topic.upsert({ where: { slug }, create: { slug, labelEn: newTopicEn, labelTh: newTopicTh }, update: {} });
    if (!topicsOf[n]!.includes(slug)) topicsOf[n]!.push(slug);
  }
  const sources = await sourceIds(tx, items);
  await tx.draftTopic.createMany({ data: items.flatMap(({ draftId }, n) => topicsOf[n]!.map((topicSlug) => ({ draftId, topicSlug }))) });
  await tx.penholder.createMany({ data: items.flatMap(({ draftId, c }) => c.input.penholders.map((memberCode) => ({ draftId, memberCode }))) });
  await tx.draftSource.createMany({
    data: items.flatMap(({ draftId }, n) => sources[n]!.map((sourceId) => ({ draftId, sourceId, note: oldNotes.get(`${draftId}:${sourceId}`) ?? null }))),
  });
  await deleteOrphanSources(tx, oldSources);
}

/** The sources the drafts cite. */
export async function citedSources(tx: Tx, draftIds: readonly number[]): Promise<number[]> {
  return (await tx.draftSource.findMany({ where: { draftId: { in: [...draftIds] } }, select: { sourceId: true }, distinct: ["sourceId"] })).map(
    (l) => l.sourceId,
  );
}

/** Of these sources, deletes those no draft cites any more (a deleted draft's, a correction's dropped ones). */
export async function deleteOrphanSources(tx: Tx, sourceIds: readonly number[]): Promise<void> {
  if (sourceIds.length > 0) await tx.source.deleteMany({ where: { id: { in: [...sourceIds] }, drafts: { none: {} } } });
}

/** Columns an import sets beside the checked ones (the official data's stated tally, its record id). */
export type ExtraDraftColumns = Pick<
  Prisma.DraftUncheckedCreateInput,
  "statedYes" | "statedNo" | "statedAbstain" | "statedTallyFrom" | "tallyCheck" | "votesDerived" | "unconfirmed" | "undlId"
>;

/**
 * Creates checked new drafts in one go (the CSV import): their rows, children and one audit entry
 * each, in about twenty statements whatever their number. Returns their refs in input order.
 */
export async function createCheckedDrafts(
  tx: Tx,
  drafts: readonly Checked[],
  actor: Actor,
  action: AuditAction,
  extra: (c: Checked) => ExtraDraftColumns = () => ({}),
): Promise<string[]> {
  if (drafts.length === 0) return [];
  const meetings = await meetingIds(
    tx,
    drafts.map((c) => c.input),
  );
  const rows = await tx.draft.createManyAndReturn({
    data: drafts.map((c) => ({ ...draftColumns(c, c.input.meetingRecord ? meetings.get(c.input.meetingRecord)! : null, actor), ...extra(c) })),
    select: { id: true, ref: true },
  });
  const idOf = new Map(rows.map((r) => [r.ref, r.id]));
  summariesCreated(tx, [...idOf.values()]);
  await writeChildren(
    tx,
    drafts.map((c) => ({ draftId: idOf.get(c.ref)!, c })),
    false,
  );
  const after = await tx.draft.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: DRAFT_RECORD_SELECT });
  await writeAudits(
    tx,
    after.map((d) => ({ actor, action, entity: "draft" as const, key: d.ref, before: null, after: snapshotOf(d) as unknown as Prisma.InputJsonValue })),
  );
  return drafts.map((c) => c.ref);
}

/**
 * Corrects checked drafts in one go (the official data import): each row if nobody saved it since
 * it was read (else a Refusal is thrown and the caller's transaction rolls back), then their votes
 * and vetoes in a fixed number of statements, and one audit entry each. Topics, penholders and
 * source links are the record's and stay as they are.
 */
export async function updateCheckedDrafts(
  tx: Tx,
  items: readonly { current: DraftRecord; checked: Checked }[],
  actor: Actor,
  action: AuditAction,
  extra: (c: Checked) => ExtraDraftColumns = () => ({}),
): Promise<string[]> {
  if (items.length === 0) return [];
  const meetings = await meetingIds(
    tx,
    items.map((i) => i.checked.input),
  );
  await summariesBefore(
    tx,
    items.map((i) => i.current),
  );
  for (const { current, checked } of items) {
    const meetingId = checked.input.meetingRecord ? meetings.get(checked.input.meetingRecord)! : null;
    await updateIfUnchanged(tx, current, { ...draftColumns(checked, meetingId, actor), ...extra(checked) });
  }
  await writeVotes(
    tx,
    items.map(({ current, checked }) => ({ draftId: current.id, c: checked })),
    true,
  );
  const before = new Map(items.map(({ current }) => [current.id, current]));
  const after = await tx.draft.findMany({ where: { id: { in: [...before.keys()] } }, select: DRAFT_RECORD_SELECT });
  await writeAudits(
    tx,
    after.map((d) => ({
      actor,
      action,
      entity: "draft" as const,
      key: d.ref,
      before: snapshotOf(before.get(d.id)!) as unknown as Prisma.InputJsonValue,
      after: snapshotOf(d) as unknown as Prisma.InputJsonValue,
    })),
  );
  return items.map((i) => i.checked.ref);
}

/**
 * Writes one checked draft (a new one when `current` is null) with its children and an audit entry;
 * returns the snapshot after the save.
 */
export async function saveCheckedDraft(tx: Tx, checked: Checked, current: DraftRecord | null, actor: Actor, action: AuditAction): Promise<DraftSnapshot> {
  const { input } = checked;
  const meetingId = input.meetingRecord ? (await meetingIds(tx, [input])).get(input.meetingRecord)! : null;
  let draftId: number;
  if (current) {
    await summariesBefore(tx, [current]);
    await updateIfUnchanged(tx, current, draftColumns(checked, meetingId, actor));
    draftId = current.id;
  } else {
    draftId = (await tx.draft.create({ data: draftColumns(checked, meetingId, actor), select: { id: true } })).id;
    summariesCreated(tx, [draftId]);
  }
  await writeChildren(tx, [{ draftId, c: checked }], current !== null);
  const after = snapshotOf(await tx.draft.findUniqueOrThrow({ where: { id: draftId }, select: DRAFT_RECORD_SELECT }));
  await writeAudit(tx, {
    actor,
    action,
    entity: "draft",
    key: checked.ref,
    before: current ? (snapshotOf(current) as unknown as Prisma.InputJsonValue) : null,
    after: after as unknown as Prisma.InputJsonValue,
  });
  return after;
}
