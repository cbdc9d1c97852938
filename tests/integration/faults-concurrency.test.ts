// Issue 5, concurrent edits: twenty editors save the same draft from the same version at the same
// moment. Exactly one write goes through, the other nineteen are told who saved first, nothing is
// half-written, and every successful write leaves exactly one audit entry. When the nineteen reload
// and save again, every one of their edits lands (no update is lost).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft, updateDraft } from "@/lib/admin/drafts";
import { createTestUser, realVoteValues, type TestUser } from "../support/factories";

const EDITORS = 20;
let editors: TestUser[];

beforeAll(async () => {
  editors = [];
  for (let i = 0; i < EDITORS; i++) editors.push(await createTestUser(i % 2 ? "admin" : "editor"));
});

async function auditUpdates(ref: string) {
  return db.auditEntry.findMany({
    where: { entity: "draft", entityKey: ref, action: "update" },
    orderBy: { id: "asc" },
    select: { actor: true, before: true, after: true },
  });
}

describe("twenty simultaneous saves of one draft", () => {
  it("lets exactly one through; the rest get the conflict message and write nothing", async () => {
    const values = await realVoteValues("S/2025/353");
    const created = await createDraft(values, editors[0]!);
    expect(created).toMatchObject({ ok: true, version: 1 });
    const counts = { vote: await db.vote.count(), veto: await db.veto.count(), source: await db.source.count() };

    const results = await Promise.all(editors.map((editor, i) => updateDraft(values.symbol, { ...values, version: "1", title: `Edit ${i}` }, editor)));

    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    const winner = winners[0]!;
    const losers = results.filter((r) => !r.ok);
    expect(losers).toHaveLength(EDITORS - 1);
    for (const r of losers) expect(r).toMatchObject({ ok: false, status: "conflict", message: { code: "conflict", values: { by: editors[winner]!.email } } });

    const stored = await db.draft.findUniqueOrThrow({
      where: { ref: values.symbol },
      select: { title: true, version: true, updatedBy: true, _count: { select: { votes: true } } },
    });
    expect(stored).toMatchObject({ title: `Edit ${winner}`, version: 2, updatedBy: editors[winner]!.email });
    expect(stored._count.votes).toBe(Object.keys(values.votes).length);
    // The losers' transactions left no rows behind (votes rewritten once, not twenty times).
    expect({ vote: await db.vote.count(), veto: await db.veto.count(), source: await db.source.count() }).toEqual(counts);

    const audit = await auditUpdates(values.symbol);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: editors[winner]!.email, before: { version: 1 }, after: { title: `Edit ${winner}`, version: 2 } });
  });

  it("loses no update: each refused editor reloads and saves again, and every edit is recorded once", async () => {
    const values = await realVoteValues("S/2025/353");
    await createDraft(values, editors[0]!);
    let pending = editors.map((_, i) => i);
    let version = 1;
    let rounds = 0;
    // Every round, all editors still waiting save at once from the version they just reloaded.
    while (pending.length > 0) {
      rounds += 1;
      const results = await Promise.all(
        pending.map((i) => updateDraft(values.symbol, { ...values, version: String(version), title: `Edit ${i}` }, editors[i]!)),
      );
      const won = pending.filter((_, k) => results[k]!.ok);
      expect(won).toHaveLength(1);
      for (const r of results) if (!r.ok) expect(r.status).toBe("conflict");
      pending = pending.filter((i) => !won.includes(i));
      version += 1;
      expect(rounds).toBeLessThanOrEqual(EDITORS);
    }
    const stored = await db.draft.findUniqueOrThrow({ where: { ref: values.symbol }, select: { version: true } });
    expect(stored.version).toBe(EDITORS + 1);
    const audit = await auditUpdates(values.symbol);
    expect(audit).toHaveLength(EDITORS);
    // Each audit entry chains from the previous version, and every editor's title appears exactly once.
    audit.forEach((a, k) => expect(a).toMatchObject({ before: { version: k + 1 }, after: { version: k + 2 } }));
    const titles = audit.map((a) => (a.after as { title: string }).title).sort();
    expect(titles).toEqual(editors.map((_, i) => `Edit ${i}`).sort());
  }, 180_000);
});
