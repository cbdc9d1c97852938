// Member states and their seats: add a state, correct its names, record an elected term.
// One transaction per write, with its audit entry; input parsed with lib/validations/member-form.
import { councilSize, isPermanentMember } from "../council/rules";
import { hasRole } from "../auth/roles";
import { issuesToFieldErrors } from "../forms/zod-errors";
import { ElectedTermSchema, MemberRenameSchema, NewMemberSchema } from "../validations/member-form";
import type { WriteRefusal } from "../forms/action-state";
import { writeAudit, type Actor } from "./audit";
import { lockSeatYears } from "./locks";
import { conflictOf } from "./draft-write";
import { isUniqueViolation, runWrite, type Tx } from "./transaction";

export type MemberWriteResult = { ok: true; key: string } | WriteRefusal;

const FORBIDDEN: WriteRefusal = { ok: false, status: "forbidden", message: { code: "roleRequired", values: { role: "editor" } } };

function invalid(field: string, code: string, values?: Record<string, string | number>): WriteRefusal {
  return { ok: false, status: "invalid", fieldErrors: { [field]: [{ code, ...(values ? { values } : {}) }] } };
}

export function createMemberState(raw: unknown, actor: Actor): Promise<MemberWriteResult> {
  return runWrite(
    async (tx) => {
      if (!hasRole(actor, "editor")) return FORBIDDEN;
      const parsed = NewMemberSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, status: "invalid", fieldErrors: issuesToFieldErrors(parsed.error.issues) };
      const m = parsed.data;
      if (await tx.memberState.findUnique({ where: { code: m.code }, select: { code: true } })) return invalid("code", "memberExists", { member: m.code });
      await tx.memberState.create({ data: m });
      await writeAudit(tx, { actor, action: "create", entity: "member", key: m.code, after: m });
      return { ok: true, key: m.code };
    },
    { onDatabaseError: (e) => (isUniqueViolation(e) ? invalid("code", "memberExists") : null) },
  );
}

/** Why a rename from `version` found a newer row: the last audited change of the state (who, when). */
async function memberChangedSince(tx: Tx, code: string): Promise<WriteRefusal> {
  const last = await tx.auditEntry.findFirst({ where: { entity: "member", entityKey: code }, orderBy: { id: "desc" }, select: { actor: true, at: true } });
  return conflictOf({ updatedBy: last?.actor ?? null, updatedAt: last?.at ?? new Date() }, "memberConflict");
}

/** Corrects the names if nobody changed them since the form loaded `version` (as drafts do). */
export function updateMemberNames(raw: unknown, actor: Actor): Promise<MemberWriteResult> {
  return runWrite(async (tx) => {
    if (!hasRole(actor, "editor")) return FORBIDDEN;
    const parsed = MemberRenameSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, status: "invalid", fieldErrors: issuesToFieldErrors(parsed.error.issues) };
    const { code, nameEn, nameTh, version } = parsed.data;
    const before = await tx.memberState.findUnique({ where: { code }, select: { nameEn: true, nameTh: true, version: true } });
    if (!before) return { ok: false, status: "not-found", message: { code: "memberNotFound", values: { member: code } } };
    if (before.version !== version) return memberChangedSince(tx, code);
    // Conditional on the version: of two renames from one version, the second waits for the first's
    // row lock, then matches no row (READ COMMITTED re-checks the condition) and is refused.
    const updated = await tx.memberState.updateMany({ where: { code, version }, data: { nameEn, nameTh, version: { increment: 1 } } });
    if (updated.count === 0) return memberChangedSince(tx, code);
    await writeAudit(tx, { actor, action: "update", entity: "member", key: code, before, after: { nameEn, nameTh, version: version + 1 } });
    return { ok: true, key: code };
  });
}

/**
 * An elected (non-permanent) term: one council_seat row per year, 1 January to 31 December.
 * Refused for permanent members, years already recorded, or a year whose elected seats are full.
 */
export function recordElectedTerm(raw: unknown, actor: Actor): Promise<MemberWriteResult> {
  return runWrite(
    async (tx) => {
      if (!hasRole(actor, "editor")) return FORBIDDEN;
      const parsed = ElectedTermSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, status: "invalid", fieldErrors: issuesToFieldErrors(parsed.error.issues) };
      const { code, firstYear, years } = parsed.data;
      const member = await tx.memberState.findUnique({ where: { code }, select: { nameEn: true, dissolved: true } });
      if (!member) return invalid("code", "unknownMember", { member: code });
      const termYears = Array.from({ length: years }, (_, i) => firstYear + i);
      if (termYears.some((y) => isPermanentMember(code, `${y}-06-30`))) return invalid("code", "permanentMember", { member: code });
      // A per-year lock, not SERIALIZABLE: a refused term must say "seats full", not "try again",
      // and only writes for the same year wait. The counts below are read after it is held.
      await lockSeatYears(tx, termYears);
      const existing = await tx.councilSeat.findMany({ where: { memberCode: code, year: { in: termYears } }, select: { year: true } });
      if (existing.length > 0) return invalid("firstYear", "seatExists", { member: code, year: existing[0]!.year });
      const counts = await tx.councilSeat.groupBy({ by: ["year"], where: { year: { in: termYears }, permanent: false }, _count: { _all: true } });
      for (const y of termYears) {
        const elected = councilSize(`${y}-06-30`) - 5;
        if ((counts.find((c) => c.year === y)?._count._all ?? 0) >= elected) return invalid("firstYear", "seatsFull", { year: y, max: elected });
      }
      const rows = termYears.map((year) => ({
        memberCode: code,
        year,
        permanent: false,
        nameAtTime: member.nameEn,
        startsOn: new Date(Date.UTC(year, 0, 1)),
        endsOn: new Date(Date.UTC(year, 11, 31)),
        derivedFrom: `admin form (${actor.email})`,
      }));
      await tx.councilSeat.createMany({ data: rows });
      const key = `${code}:${termYears.join("-")}`;
      await writeAudit(tx, { actor, action: "create", entity: "seat", key, after: { member: code, years: termYears, nameAtTime: member.nameEn } });
      return { ok: true, key };
    },
    { onDatabaseError: (e) => (isUniqueViolation(e) ? invalid("firstYear", "seatExists", { member: "?", year: "?" }) : null) },
  );
}
