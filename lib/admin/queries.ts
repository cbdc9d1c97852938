import "server-only";
import { db, Prisma } from "@/lib/db";
import { toIsoDate, type Outcome } from "@/lib/council/rules";
import { sittingMembersOn, type SittingMember } from "@/lib/council/seat-queries";
import { EMPTY_DRAFT_VALUES, EMPTY_SOURCE, type DraftFormValues } from "@/lib/validations/draft-form";
import { DRAFT_RECORD_SELECT } from "./draft-snapshot";
import { authSecret } from "@/lib/auth/auth";
import { diffSnapshots, type AuditChange } from "./audit";
import { emailMasker, maskJson, type AuditViewer } from "./audit-view";

// Read side of the admin pages. Few round trips per page; plain serializable view models.

// ---------------------------------------------------------------------------------------------
// The vote grid: who sat on the Council that day

export type GridMember = SittingMember;

/** Members sitting on a date (council_seat), with their names in both languages. One query. */
export function getSittingMembers(isoDate: string): Promise<GridMember[]> {
  return sittingMembersOn(db, isoDate);
}

// ---------------------------------------------------------------------------------------------
// The edit form

export interface DraftForEdit {
  ref: string;
  values: DraftFormValues;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
  outcome: Outcome;
  /** The sources give no roll call for this vote (historical veto lists). */
  noRollCall: boolean;
}

/** Emails as this viewer may read them (audit-view.ts): all for an admin, an editor's own and aliases. */
export function emailsFor(viewer: AuditViewer): (text: string) => string {
  return emailMasker(viewer, authSecret());
}

/** The stored draft as form values, its last change's author as `viewer` may read it. One query. */
export async function getDraftForEdit(ref: string, viewer: AuditViewer): Promise<DraftForEdit | null> {
  const d = await db.draft.findUnique({ where: { ref }, select: DRAFT_RECORD_SELECT });
  if (!d) return null;
  return {
    ref: d.ref,
    version: d.version,
    updatedBy: d.updatedBy === null ? null : emailsFor(viewer)(d.updatedBy),
    updatedAt: d.updatedAt.toISOString(),
    outcome: d.outcome,
    noRollCall: d.modality === "NO_ROLL_CALL",
    values: {
      ...EMPTY_DRAFT_VALUES,
      symbol: d.symbol ?? "",
      votedOn: d.votedOn ? toIsoDate(d.votedOn) : "",
      meetingRecord: d.meeting?.record ?? "",
      title: d.title ?? "",
      agendaItem: d.agendaItem ?? "",
      modality: d.modality === "WITHOUT_VOTE" ? "WITHOUT_VOTE" : "RECORDED_VOTE",
      procedural: d.procedural,
      resolutionNumber: d.resolutionNumber === null ? "" : String(d.resolutionNumber),
      topics: d.topics.map((t) => t.topicSlug),
      penholders: d.penholders.map((p) => p.memberCode),
      votes: Object.fromEntries(d.votes.map((v) => [v.memberCode, v.vote])),
      sources: d.sources.map(({ source: s }) => ({
        ...EMPTY_SOURCE,
        url: s.url ?? "",
        title: s.title,
        outlet: s.outlet ?? "",
        language: s.language,
        text: s.text ?? "",
      })),
      version: String(d.version),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// /admin: recently changed drafts, or drafts whose symbol matches a search

export interface AdminDraftRow {
  ref: string;
  title: string | null;
  date: string | null;
  outcome: Outcome;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

export async function listDraftsForAdmin({ q, take = 25, viewer }: { q?: string; take?: number; viewer: AuditViewer }): Promise<AdminDraftRow[]> {
  const mask = emailsFor(viewer);
  const where: Prisma.DraftWhereInput = q ? { OR: [{ ref: { contains: q, mode: "insensitive" } }, { title: { contains: q, mode: "insensitive" } }] } : {};
  const rows = await db.draft.findMany({
    where,
    select: { ref: true, title: true, votedOn: true, outcome: true, version: true, updatedBy: true, updatedAt: true },
    orderBy: q ? [{ votedOn: { sort: "desc", nulls: "last" } }, { ref: "asc" }] : [{ updatedAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((r) => ({
    ...r,
    updatedBy: r.updatedBy === null ? null : mask(r.updatedBy),
    date: r.votedOn ? toIsoDate(r.votedOn) : null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

// ---------------------------------------------------------------------------------------------
// /admin/members

export interface MemberRow {
  code: string;
  nameEn: string;
  nameTh: string;
  region: string | null;
  dissolved: boolean;
  lastYear: number | null;
  seats: number;
}

/** Every state with its number of Council years and last year. Two queries. */
export async function listMembersForAdmin(): Promise<MemberRow[]> {
  const [members, seats] = await Promise.all([
    db.memberState.findMany({ select: { code: true, nameEn: true, nameTh: true, region: true, dissolved: true }, orderBy: { nameEn: "asc" } }),
    db.councilSeat.groupBy({ by: ["memberCode"], _max: { year: true }, _count: { _all: true } }),
  ]);
  const byCode = new Map(seats.map((s) => [s.memberCode, s]));
  return members.map((m) => ({ ...m, lastYear: byCode.get(m.code)?._max.year ?? null, seats: byCode.get(m.code)?._count._all ?? 0 }));
}

export interface SeatYear {
  year: number;
  members: { code: string; nameEn: string; nameTh: string; permanent: boolean }[];
}

/** The Council year by year around now (what the elected-term form adds to). One query. */
export async function listCouncilYears(from: number, to: number): Promise<SeatYear[]> {
  const seats = await db.councilSeat.findMany({
    where: { year: { gte: from, lte: to } },
    select: { year: true, memberCode: true, permanent: true, member: { select: { nameEn: true, nameTh: true } } },
    orderBy: [{ year: "asc" }, { permanent: "desc" }, { member: { nameEn: "asc" } }],
  });
  const years: SeatYear[] = [];
  for (let y = from; y <= to; y++)
    years.push({
      year: y,
      members: seats.filter((s) => s.year === y).map((s) => ({ code: s.memberCode, nameEn: s.member.nameEn, nameTh: s.member.nameTh, permanent: s.permanent })),
    });
  return years;
}

/** A state's names with the version the rename form sends back (optimistic concurrency). */
export async function getMemberForEdit(code: string): Promise<(Omit<MemberRow, "lastYear" | "seats"> & { version: number }) | null> {
  if (!/^[A-Z]{3}$/.test(code)) return null;
  return db.memberState.findUnique({ where: { code }, select: { code: true, nameEn: true, nameTh: true, region: true, dissolved: true, version: true } });
}

// ---------------------------------------------------------------------------------------------
// /admin/audit

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: number;
  at: string;
  /** An email, "seed"/"import", or for an editor another account's alias (audit-view.ts). */
  actor: string;
  /** The viewer's own entry. */
  mine: boolean;
  action: string;
  entity: string;
  key: string;
  changes: AuditChange[];
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  page: number;
  pageSize: number;
  /** The filter's choices, as this viewer may read them (the `actor` filter takes these values). */
  actors: string[];
}

/**
 * Entries newest first, filtered by user and/or draft, with every email as `viewer` may read it
 * (audit-view.ts: an editor sees aliases for other accounts). Three queries (actors, rows, count).
 */
export async function listAuditEntries({
  actor,
  draft,
  page = 1,
  viewer,
}: {
  actor?: string;
  draft?: string;
  page?: number;
  viewer: AuditViewer;
}): Promise<AuditPage> {
  const mask = emailsFor(viewer);
  const actors = (await db.auditEntry.groupBy({ by: ["actor"], orderBy: { actor: "asc" } })).map((a) => a.actor);
  // The filter names an actor as the viewer reads it; an editor cannot filter by another's address.
  const actorStored = actor === undefined ? undefined : actors.find((a) => mask(a) === actor);
  const empty = { rows: [], total: 0, page, pageSize: AUDIT_PAGE_SIZE, actors: actors.map(mask) };
  if (actor !== undefined && actorStored === undefined) return empty;
  const where: Prisma.AuditEntryWhereInput = {
    ...(actorStored ? { actor: actorStored } : {}),
    ...(draft ? { entity: { in: ["draft"] }, entityKey: draft } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db.auditEntry.count({ where }),
  ]);
  return {
    ...empty,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: mask(r.actor),
      mine: r.actor === viewer.email,
      action: r.action,
      entity: r.entity,
      key: mask(r.entityKey),
      changes: diffSnapshots(maskJson(r.before, mask), maskJson(r.after, mask)),
    })),
    total,
  };
}

// ---------------------------------------------------------------------------------------------
// /admin/users

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: "admin" | "editor";
  createdAt: string;
}

export async function listUsers(): Promise<UserRow[]> {
  const users = await db.user.findMany({ select: { id: true, email: true, name: true, role: true, createdAt: true }, orderBy: { email: "asc" } });
  return users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }));
}
