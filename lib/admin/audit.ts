// Every admin write leaves one audit_entry in the same transaction: who, when, what, before/after.
import { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";

export interface Actor {
  id: string;
  email: string;
  role: Role;
}

export type AuditAction = "create" | "update" | "delete" | "import";
export type AuditEntity = "draft" | "member" | "seat" | "user" | "import";

type Json = Prisma.InputJsonValue;

export interface AuditRecord {
  actor: Actor;
  action: AuditAction;
  entity: AuditEntity;
  key: string;
  before?: Json | null;
  after?: Json | null;
}

const auditRow = (entry: AuditRecord) => ({
  actor: entry.actor.email,
  action: entry.action,
  entity: entry.entity,
  entityKey: entry.key,
  // Prisma needs DbNull (not a JS null) to store SQL NULL in a Json column.
  before: entry.before ?? Prisma.DbNull,
  after: entry.after ?? Prisma.DbNull,
});

export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditRecord): Promise<void> {
  await tx.auditEntry.create({ data: auditRow(entry) });
}

/** Many entries in one statement (an import's drafts). */
export async function writeAudits(tx: Prisma.TransactionClient, entries: readonly AuditRecord[]): Promise<void> {
  if (entries.length > 0) await tx.auditEntry.createMany({ data: entries.map(auditRow) });
}

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The fields whose values differ between two snapshots (JSON equality). A field holding a record
 * on both sides (the vote grid) is compared key by key: "votes.USA: N → Y", not two whole grids.
 */
export function diffSnapshots(before: unknown, after: unknown, prefix = ""): AuditChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.flatMap((f) => {
    const [x, y] = [b[f] ?? null, a[f] ?? null];
    if (JSON.stringify(x) === JSON.stringify(y)) return [];
    if (isRecord(x) && isRecord(y)) return diffSnapshots(x, y, `${prefix}${f}.`);
    return [{ field: `${prefix}${f}`, before: x, after: y }];
  });
}
