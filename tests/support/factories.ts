// Test data built through the app's own code: accounts through better-auth (its scrypt hashing,
// random passwords — never a default one), vote payloads from real votes already in the seeded
// dataset, re-filed under test symbols so they never collide with real ones.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/council/rules";
import { getAuth } from "@/lib/auth/auth";
import { createAccount } from "@/lib/auth/users";
import type { Actor } from "@/lib/admin/audit";
import { EMPTY_DRAFT_VALUES, type DraftFormValues } from "@/lib/validations/draft-form";

export interface TestUser extends Actor {
  password: string;
}

export async function createTestUser(role: "admin" | "editor", email?: string): Promise<TestUser> {
  const password = `pw-${randomBytes(12).toString("base64url")}`;
  const address = email ?? `${role}-${randomBytes(4).toString("hex")}@example.org`;
  const user = await createAccount(getAuth(), { email: address, name: `Test ${role}`, role, password });
  return { id: user.id, email: user.email, role, password };
}

/** Signs in through better-auth and returns the Cookie header a browser would send. */
export async function sessionCookie(user: { email: string; password: string }, ip = "203.0.113.7"): Promise<string> {
  const { headers } = await getAuth().api.signInEmail({
    body: { email: user.email, password: user.password },
    headers: new Headers({ "x-forwarded-for": ip }),
    returnHeaders: true,
  });
  const setCookie = headers.get("set-cookie") ?? "";
  const match = /((?:__Secure-)?better-auth\.session_token=[^;]+)/.exec(setCookie);
  if (!match) throw new Error(`no session cookie in ${setCookie}`);
  return match[1]!;
}

let symbolCounter = 0;
/** A symbol no real draft has: S/<year>/9<pid-ish><n>. */
export function testSymbol(year: number): string {
  symbolCounter += 1;
  return `S/${year}/${9000 + (((process.pid % 90) * 10 + symbolCounter) % 1000)}`;
}

/**
 * The form values of a real recorded vote (its date, grid, agenda), under a new test symbol.
 * Default: S/2025/353, 4 June 2025, Gaza ceasefire draft vetoed by the United States (14-1-0).
 */
export async function realVoteValues(ref = "S/2025/353", overrides: Partial<DraftFormValues> = {}): Promise<DraftFormValues> {
  const d = await db.draft.findUniqueOrThrow({
    where: { ref },
    select: { votedOn: true, title: true, agendaItem: true, procedural: true, votes: { select: { memberCode: true, vote: true } } },
  });
  const votedOn = toIsoDate(d.votedOn!);
  return {
    ...EMPTY_DRAFT_VALUES,
    symbol: testSymbol(Number(votedOn.slice(0, 4))),
    votedOn,
    title: d.title ?? `Test copy of ${ref}`,
    agendaItem: d.agendaItem ?? "",
    procedural: d.procedural,
    votes: Object.fromEntries(d.votes.map((v) => [v.memberCode, v.vote])),
    ...overrides,
  };
}

/** Row counts of every table a draft write touches: "nothing was written" means these are unchanged. */
export type WriteCounts = Record<
  "draft" | "vote" | "veto" | "draftTopic" | "penholder" | "source" | "draftSource" | "topic" | "meeting" | "auditEntry" | "councilSeat" | "memberState",
  number
>;

export async function writeCounts(): Promise<WriteCounts> {
  const [draft, vote, veto, draftTopic, penholder, source, draftSource, topic, meeting, auditEntry, councilSeat, memberState] = await Promise.all([
    db.draft.count(),
    db.vote.count(),
    db.veto.count(),
    db.draftTopic.count(),
    db.penholder.count(),
    db.source.count(),
    db.draftSource.count(),
    db.topic.count(),
    db.meeting.count(),
    db.auditEntry.count(),
    db.councilSeat.count(),
    db.memberState.count(),
  ]);
  return { draft, vote, veto, draftTopic, penholder, source, draftSource, topic, meeting, auditEntry, councilSeat, memberState };
}
