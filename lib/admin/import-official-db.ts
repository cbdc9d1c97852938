// The official voting data against the database: reads what is stored for the file's
// resolutions, compares (lib/admin/import-official-diff.ts), checks every new or changed resolution with
// the write path's rules (checkDraft: seats, outcome, vetoes, symbols, meetings) and, when asked,
// writes them all in one transaction or none, with an audit entry per draft and one for the file.
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { toIsoDate, type VoteCast } from "../council/rules";
import { hasRole } from "../auth/roles";
import { classifyText } from "../seed/topics";
import { EMPTY_DRAFT_VALUES, type DraftFormValues, type DraftInput } from "../validations/draft-form";
import type { FieldErrors } from "../forms/action-state";
import type { Actor } from "./audit";
import { checkDraft, claimInContext, loadCheckContext, missingOnRecord, parseDraftInput, type Checked } from "./draft-check";
import { DRAFT_RECORD_SELECT, type DraftRecord } from "./draft-snapshot";
import { createCheckedDrafts, updateCheckedDrafts, type ExtraDraftColumns } from "./draft-write";
import { closeImport } from "./import";
import { formatTally, parseOfficialCsv, type OfficialResolution, type ParsedOfficialFile } from "./import-official";
import { diffOfficial, type OfficialConflict, type OfficialPlanItem, type StoredResolution } from "./import-official-diff";
import { emptyReport, type OfficialImportReport, type OfficialNew } from "./import-official-report";
import { isTransactionTimeout, isUniqueViolation, Refusal, type Tx } from "./transaction";

export type { OfficialImportReport, OfficialNew };

const STORED_SELECT = {
  id: true,
  ref: true,
  symbol: true,
  votedOn: true,
  modality: true,
  resolutionNumber: true,
  meetingId: true,
} satisfies Prisma.DraftSelect;
type StoredDraft = Prisma.DraftGetPayload<{ select: typeof STORED_SELECT }>;

// The checks' field names → the file's columns, to say where a refusal comes from.
const COLUMN_OF: Record<string, string> = {
  votedOn: "date",
  symbol: "draft",
  meetingRecord: "meeting",
  title: "description",
  agendaItem: "agenda",
  resolutionNumber: "resolution",
  modality: "modality",
  votes: "ms_vote",
  topics: "agenda",
};

/**
 * What the record holds for these drafts, in flat queries (one per table: Prisma runs a nested
 * select's relations as concurrent queries, which pg warns about inside a transaction).
 */
async function readStored(tx: Tx, drafts: readonly StoredDraft[]): Promise<Map<number, StoredResolution>> {
  const ids = drafts.map((d) => d.id);
  const meetingIds = [...new Set(drafts.flatMap((d) => (d.meetingId === null ? [] : [d.meetingId])))];
  const votes = await tx.vote.findMany({ where: { draftId: { in: ids } }, select: { draftId: true, memberCode: true, vote: true } });
  const issues = await tx.dataIssue.findMany({ where: { draftId: { in: ids } }, select: { draftId: true, evidence: true } });
  const meetings = await tx.meeting.findMany({ where: { id: { in: meetingIds } }, select: { id: true, record: true } });
  const record = new Map(meetings.map((m) => [m.id, m.record]));
  const out = new Map<number, StoredResolution>(
    drafts.map((d) => [
      d.id,
      {
        ref: d.ref,
        symbol: d.symbol,
        votedOn: d.votedOn ? toIsoDate(d.votedOn) : null,
        meetingRecord: d.meetingId === null ? null : (record.get(d.meetingId) ?? null),
        modality: d.modality,
        votes: {},
        issueEvidence: [],
      },
    ]),
  );
  for (const v of votes) out.get(v.draftId)!.votes[v.memberCode] = v.vote as VoteCast;
  for (const i of issues) out.get(i.draftId!)!.issueEvidence.push(JSON.stringify(i.evidence ?? null));
  return out;
}

/** The form's values for a resolution the record does not hold. */
function newValues(r: OfficialResolution, target: OfficialPlanItem["target"]): DraftFormValues {
  return {
    ...EMPTY_DRAFT_VALUES,
    symbol: target.symbol ?? "",
    votedOn: target.votedOn,
    meetingRecord: target.meetingRecord ?? "",
    title: r.title,
    agendaItem: r.agendaItem,
    modality: target.modality,
    resolutionNumber: r.resolutionNumber === null ? "" : String(r.resolutionNumber),
    // The seed's topic rules, on the same texts it reads for these rows.
    topics: classifyText([r.agendaItem, r.title, r.subjects.replace(/\|/g, "; ")], Number(target.votedOn.slice(0, 4)) || 0),
    votes: target.votes,
    sources: r.undlLink ? [{ url: r.undlLink, title: `${r.label}: voting record`, outlet: "UN Digital Library", language: "en", text: "" }] : [],
  };
}

/** A stored draft's values with the file's changes: what the edit form would post. Links are not rewritten. */
function correctedValues(d: DraftRecord, target: OfficialPlanItem["target"]): DraftFormValues {
  return {
    ...EMPTY_DRAFT_VALUES,
    symbol: target.symbol ?? "",
    votedOn: target.votedOn,
    meetingRecord: target.meetingRecord ?? "",
    title: d.title ?? "",
    agendaItem: d.agendaItem ?? "",
    modality: target.modality,
    procedural: d.procedural,
    resolutionNumber: d.resolutionNumber === null ? "" : String(d.resolutionNumber),
    votes: target.votes,
    version: String(d.version),
  };
}

/** What the file would change, in a line (for a conflict that keeps it from being written). */
function changesOf(item: OfficialPlanItem): string {
  if (!item.stored) return "";
  return [
    ...item.factChanges.map((f) => `${f.field}: ${f.stored ?? "—"} → ${f.file ?? "—"}`),
    ...item.voteChanges.map((v) => `${v.member}: ${v.stored ?? "—"} → ${v.file ?? "—"}`),
  ].join("; ");
}

function conflictsOf(item: OfficialPlanItem, ref: string, fieldErrors: FieldErrors): OfficialConflict[] {
  const r = item.resolution;
  const changes = changesOf(item);
  return Object.entries(fieldErrors).flatMap(([field, msgs]) =>
    msgs.map((m) => {
      const head = field.split(".")[0]!;
      const member = field.split(".")[1] ?? (typeof m.values?.member === "string" ? m.values.member : undefined);
      // "Only an adopted draft has a resolution number" said as what it means here.
      const msg = m.code === "resolutionNotAdopted" ? { code: "officialRulesNotAdopted" } : m;
      return {
        ref,
        resolution: r.label,
        line: (member && r.memberLines[member]) || r.firstLine,
        column: COLUMN_OF[head] ?? null,
        ...msg,
        ...(changes ? { changes } : {}),
      };
    }),
  );
}

interface Plan {
  report: OfficialImportReport;
  creates: Checked[];
  updates: { current: DraftRecord; checked: Checked }[];
  /** By the ref each draft is written under. */
  resolutionOf: Map<string, OfficialResolution>;
}

/** Reads the record for the file's resolutions, compares, and checks every change. A fixed number of queries. */
async function planImport(tx: Tx, parsed: ParsedOfficialFile, fileName: string): Promise<Plan> {
  const numbers = parsed.resolutions.flatMap((r) => (r.resolutionNumber === null ? [] : [r.resolutionNumber]));
  const draftRefs = parsed.resolutions.flatMap((r) => (r.resolutionNumber === null ? [r.ref] : []));
  const rows = await tx.draft.findMany({
    where: { OR: [{ resolutionNumber: { in: numbers } }, { resolutionNumber: null, ref: { in: draftRefs } }] },
    select: STORED_SELECT,
  });
  const keyOf = (d: StoredDraft) => (d.resolutionNumber !== null ? `res:${d.resolutionNumber}` : `draft:${d.ref}`);
  const stored = await readStored(tx, rows);
  const codes = [...new Set(parsed.resolutions.flatMap((r) => Object.keys(r.memberLines)))];
  const known = new Set((await tx.memberState.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((m) => m.code));
  const diff = diffOfficial(parsed, new Map(rows.map((d) => [keyOf(d), stored.get(d.id)!])), known);
  // The write path's own reading of the drafts to correct (its checks and audit snapshots compare with it).
  const changedIds = diff.items.flatMap((i) => (i.stored ? [rows.find((d) => keyOf(d) === i.resolution.key)!.id] : []));
  const records = changedIds.length === 0 ? [] : await tx.draft.findMany({ where: { id: { in: changedIds } }, select: DRAFT_RECORD_SELECT });
  const byKey = new Map(records.map((d) => [d.resolutionNumber !== null ? `res:${d.resolutionNumber}` : `draft:${d.ref}`, d]));

  const report: OfficialImportReport = {
    ...emptyReport(fileName, parsed),
    ok: true,
    unchanged: diff.unchanged,
    conflicts: diff.conflicts,
    defects: diff.defects,
  };
  const prepared = diff.items.map((item) => {
    const current = item.stored ? byKey.get(item.resolution.key)! : null;
    const ref = current?.ref ?? item.resolution.ref;
    const values = current ? correctedValues(current, item.target) : newValues(item.resolution, item.target);
    const input = parseDraftInput(values);
    const fieldErrors = { ...(input.ok ? {} : input.fieldErrors), ...missingOnRecord(values, current) };
    return { item, current, ref, input: input.ok && Object.keys(fieldErrors).length === 0 ? input.data : null, fieldErrors };
  });
  const ready = prepared.filter((p): p is typeof p & { input: DraftInput } => p.input !== null);
  const ctx =
    ready.length === 0
      ? null
      : await loadCheckContext(
          tx,
          ready.map((p) => p.input),
          null,
          ready.map((p) => p.ref),
        );

  const plan: Plan = { report, creates: [], updates: [], resolutionOf: new Map() };
  for (const p of prepared) {
    if (!p.input || !ctx) {
      report.conflicts.push(...conflictsOf(p.item, p.ref, p.fieldErrors));
      continue;
    }
    if (p.current) {
      // The draft itself holds its ref, symbol and number: they clash with nothing.
      const self = p.current.ref;
      ctx.refs.delete(self);
      if (p.current.symbol && ctx.symbols.get(p.current.symbol) === self) ctx.symbols.delete(p.current.symbol);
      if (p.current.resolutionNumber !== null && ctx.resolutions.get(p.current.resolutionNumber) === self) ctx.resolutions.delete(p.current.resolutionNumber);
    }
    const result = checkDraft(p.input, p.current, ctx, { ref: p.ref });
    if (!result.ok) {
      report.conflicts.push(...conflictsOf(p.item, p.ref, result.fieldErrors));
      continue;
    }
    const checked = result.checked;
    claimInContext(ctx, checked);
    plan.resolutionOf.set(checked.ref, p.item.resolution);
    const r = p.item.resolution;
    if (!p.current) {
      plan.creates.push(checked);
      const { yesCount: yes, noCount: no, abstainCount: abstain } = checked.counts;
      report.created.push({
        ref: checked.ref,
        resolution: r.label,
        line: r.firstLine,
        symbol: p.input.symbol,
        votedOn: p.input.votedOn,
        meetingRecord: p.input.meetingRecord,
        modality: checked.modality,
        outcome: checked.outcome,
        tally: yes === null ? null : formatTally({ yes, no: no ?? 0, abstain: abstain ?? 0 }),
      });
    } else {
      plan.updates.push({ current: p.current, checked });
      report.updated.push(checked.ref);
      report.voteChanges.push(...p.item.voteChanges);
      report.factChanges.push(...p.item.factChanges);
      if (checked.outcome !== p.current.outcome)
        report.factChanges.push({
          ref: checked.ref,
          resolution: r.label,
          line: r.firstLine,
          field: "outcome",
          stored: p.current.outcome,
          file: checked.outcome,
        });
    }
  }
  return plan;
}

/** The file's stated tally beside the grid it gives (the same counts: a file whose rows disagree never gets here). */
function extraColumns(plan: Plan, fileName: string, creating: boolean) {
  return (c: Checked): ExtraDraftColumns => {
    const r = plan.resolutionOf.get(c.ref)!;
    const record = { votesDerived: false, unconfirmed: false, ...(creating && r.undlId ? { undlId: r.undlId } : {}) };
    if (c.modality !== "RECORDED_VOTE" || !r.stated) return record;
    const s = r.stated;
    const agrees = c.counts.yesCount === s.yes && c.counts.noCount === s.no && c.counts.abstainCount === s.abstain;
    return {
      ...record,
      statedYes: s.yes,
      statedNo: s.no,
      statedAbstain: s.abstain,
      statedTallyFrom: `file:${fileName}`,
      tallyCheck: agrees ? "AGREES" : "DISAGREES",
    };
  };
}

async function writePlan(tx: Tx, plan: Plan, actor: Actor, fileName: string): Promise<void> {
  // The resolutions' own voting records in the UN Digital Library, cited as UN records.
  const links = new Map<string, string>();
  for (const c of plan.creates) for (const s of c.input.sources) if (s.url) links.set(s.url, s.title);
  if (links.size > 0)
    await tx.source.createMany({
      data: [...links].map(([url, title]) => ({ key: url, url, title, outlet: "UN Digital Library", language: "en", kind: "UN_RECORD" as const })),
      skipDuplicates: true,
    });
  await createCheckedDrafts(tx, plan.creates, actor, "import", extraColumns(plan, fileName, true));
  await updateCheckedDrafts(tx, plan.updates, actor, "import", extraColumns(plan, fileName, false));
  // Every draft written cites the file, as the seed's drafts cite theirs (the note: which rows).
  const key = `file:${fileName}`;
  const source = await tx.source.upsert({
    where: { key },
    create: {
      key,
      title: `United Nations Dag Hammarskjöld Library, Security Council Voting Data (${fileName})`,
      outlet: "UN Dag Hammarskjöld Library",
      language: "en",
      kind: "UN_RECORD",
      retrievedOn: new Date(`${toIsoDate(new Date())}T00:00:00Z`),
    },
    update: {},
    select: { id: true },
  });
  const written = await tx.draft.findMany({ where: { ref: { in: [...plan.resolutionOf.keys()] } }, select: { id: true, ref: true } });
  await tx.draftSource.createMany({
    data: written.map((d) => {
      const r = plan.resolutionOf.get(d.ref)!;
      return { draftId: d.id, sourceId: source.id, note: `${r.label}; lines ${r.firstLine}-${r.lastLine}` };
    }),
    skipDuplicates: true,
  });
  await closeImport(tx, actor, fileName, { format: "official", created: plan.creates.map((c) => c.ref), updated: plan.updates.map((u) => u.checked.ref) });
}

/**
 * Checks (dry run) or applies the Library's voting data. A dry run reads in one repeatable-read
 * transaction and writes nothing. Applying re-reads and re-checks inside the writing transaction
 * and writes every new and changed resolution or none; defective resolutions and conflicts are
 * reported and never written.
 */
export async function importOfficialData(
  text: string,
  {
    actor,
    apply,
    fileName = "upload.csv",
    timeoutMs = 120_000,
    maxBytes,
  }: { actor: Actor; apply: boolean; fileName?: string; timeoutMs?: number; maxBytes?: number },
): Promise<OfficialImportReport> {
  if (!hasRole(actor, "editor"))
    return { ...emptyReport(fileName), fileErrors: [{ line: 0, column: null, resolution: null, code: "roleRequired", values: { role: "editor" } }] };
  const parsed = parseOfficialCsv(text, maxBytes === undefined ? {} : { maxBytes });
  if (parsed.fileErrors.length > 0) return emptyReport(fileName, parsed);

  if (!apply)
    return (await db.$transaction((tx) => planImport(tx, parsed, fileName), { isolationLevel: "RepeatableRead", timeout: timeoutMs, maxWait: 10_000 })).report;
  const refused = (code: string, values?: Record<string, string | number>): OfficialImportReport => ({
    ...emptyReport(fileName, parsed),
    fileErrors: [{ line: 0, column: null, resolution: null, code, ...(values ? { values } : {}) }],
  });
  try {
    return await db.$transaction(
      async (tx) => {
        const plan = await planImport(tx, parsed, fileName);
        if (plan.creates.length + plan.updates.length > 0) await writePlan(tx, plan, actor, fileName);
        return { ...plan.report, applied: true };
      },
      { timeout: timeoutMs, maxWait: 10_000 },
    );
  } catch (error) {
    if (isTransactionTimeout(error)) return refused("importTimeout", { seconds: Math.round(timeoutMs / 1000) });
    // Another editor saved one of these drafts (or took a symbol or number) between the read and the write.
    if (error instanceof Refusal || isUniqueViolation(error)) return refused("importRace");
    throw error;
  }
}
