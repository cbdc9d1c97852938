// Who may read which email in the audit trail (issue 12): an admin reads every address; an editor
// reads their own and, for any other account, an alias ("#3f9a1c2e") — the same alias everywhere
// (the "who" column, the user filter, a user entry's key and values), so an editor can still follow
// one account's changes without learning its address. The alias is a keyed hash (HMAC with the
// server's secret), not a plain one: a plain hash of an email is reversed by guessing the email.
import { createHmac } from "node:crypto";
import type { Role } from "../generated/prisma/enums";
import type { WriteRefusal } from "../forms/action-state";

export interface AuditViewer {
  email: string;
  role: Role;
}

// Loose on purpose: anything shaped like an address is hidden, whatever field holds it.
const EMAIL_RE = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+/g;

export function accountAlias(email: string, secret: string): string {
  return `#${createHmac("sha256", secret).update(`audit-alias:${email.trim().toLowerCase()}`).digest("hex").slice(0, 8)}`;
}

export const isAccountAlias = (s: string): boolean => /^#[0-9a-f]{8}$/.test(s);

/** The text as this viewer may read it: other accounts' addresses replaced by their aliases for an editor. */
export function emailMasker(viewer: AuditViewer, secret: string): (text: string) => string {
  if (viewer.role === "admin") return (text) => text;
  const own = viewer.email.trim().toLowerCase();
  return (text) => text.replace(EMAIL_RE, (email) => (email.toLowerCase() === own ? email : accountAlias(email, secret)));
}

/** The same over a JSON value (an audit entry's before/after): every string and key. */
export function maskJson(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === "string") return mask(value);
  if (Array.isArray(value)) return value.map((v) => maskJson(v, mask));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [mask(k), maskJson(v, mask)]));
  return value;
}

/** A refusal's message as the viewer may read it (a conflict names who saved first). */
export function maskRefusal(refusal: WriteRefusal, mask: (text: string) => string): WriteRefusal {
  if (refusal.status === "invalid" || !refusal.message.values) return refusal;
  const values = Object.fromEntries(Object.entries(refusal.message.values).map(([k, v]) => [k, typeof v === "string" ? mask(v) : v]));
  return { ...refusal, message: { ...refusal.message, values } };
}
