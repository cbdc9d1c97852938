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

export async function writeAudit(
  tx: Prisma.TransactionClient,
  entry: { actor: Actor; action: AuditAction; entity: AuditEntity; key: string; before?: Json | null; after?: Json | null },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actor: entry.actor.email,
      action: entry.action,
      entity: entry.entity,
      entityKey: entry.key,
      // Prisma needs DbNull (not a JS null) to store SQL NULL in a Json column.
      before: entry.before ?? Prisma.DbNull,
      after: entry.after ?? Prisma.DbNull,
    },
  });
}

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The top-level fields whose values differ between two snapshots (JSON equality). */
export function diffSnapshots(before: unknown, after: unknown): AuditChange[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}
