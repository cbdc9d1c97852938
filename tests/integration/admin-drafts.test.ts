// The draft write path against a real (seeded) database: stored whole or not at all, outcome and
// vetoes computed on the server, optimistic concurrency, audit entries.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraft, deleteDraft, updateDraft } from "@/lib/admin/drafts";
import type { DraftFormValues } from "@/lib/validations/draft-form";
import { createTestUser, realVoteValues, testSymbol, writeCounts, type TestUser } from "../support/factories";

let editor: TestUser;
let admin: TestUser;

beforeAll(async () => {
  editor = await createTestUser("editor");
  admin = await createTestUser("admin");
});

const GAZA_SOURCE = {
  url: "https://press.un.org/en/2025/sc16078.doc.htm",
  title: "Security Council fails to adopt draft resolution on Gaza ceasefire",
  outlet: "UN Press",
  language: "en",
  text: "",
};

async function stored(ref: string) {
  return db.draft.findUniqueOrThrow({
    where: { ref },
    select: {
      ref: true,
      symbol: true,
      votedOn: true,
      year: true,
      outcome: true,
      procedural: true,
      modality: true,
      yesCount: true,
      noCount: true,
      abstainCount: true,
      nonVotingCount: true,
      votesComplete: true,
      version: true,
      updatedBy: true,
      meeting: { select: { record: true } },
      votes: { select: { memberCode: true, vote: true, nameAtTime: true } },
      vetoes: { select: { memberCode: true, votedOn: true, year: true } },
      topics: { select: { topicSlug: true } },
      penholders: { select: { memberCode: true } },
      sources: { select: { source: { select: { url: true, title: true } } } },
    },
  });
}

describe("createDraft", () => {
  it("stores a valid vote whole, with the outcome and vetoes computed on the server", async () => {
    const values = await realVoteValues("S/2025/353", {
      meetingRecord: "S/PV.9999",
      topics: ["israel-palestine"],
      penholders: ["DZA", "SVN"],
      sources: [GAZA_SOURCE],
      newTopicEn: "Gaza ceasefire (test)",
      newTopicTh: "การหยุดยิงในกาซา (ทดสอบ)",
    });
    const result = await createDraft(values, editor);
    expect(result).toMatchObject({ ok: true, ref: values.symbol, outcome: "VETOED", vetoedBy: ["USA"], version: 1 });

    const d = await stored(values.symbol);
    expect(d).toMatchObject({
      outcome: "VETOED",
      year: 2025,
      procedural: false,
      modality: "RECORDED_VOTE",
      yesCount: 14,
      noCount: 1,
      abstainCount: 0,
      nonVotingCount: 0,
      votesComplete: true,
      version: 1,
      updatedBy: editor.email,
      meeting: { record: "S/PV.9999" },
    });
    expect(d.votedOn?.toISOString().slice(0, 10)).toBe("2025-06-04");
    expect(d.votes).toHaveLength(15);
    expect(d.votes.find((v) => v.memberCode === "USA")).toMatchObject({ vote: "N" });
    expect(d.votes.every((v) => v.nameAtTime)).toBe(true);
    expect(d.vetoes).toEqual([{ memberCode: "USA", votedOn: new Date("2025-06-04T00:00:00Z"), year: 2025 }]);
    expect(d.topics.map((t) => t.topicSlug).sort()).toEqual(["gaza-ceasefire-test", "israel-palestine"]);
    expect(d.penholders.map((p) => p.memberCode).sort()).toEqual(["DZA", "SVN"]);
    expect(d.sources).toEqual([{ source: { url: GAZA_SOURCE.url, title: GAZA_SOURCE.title } }]);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "draft", entityKey: values.symbol } });
    expect(audit).toMatchObject({ actor: editor.email, action: "create", before: null });
    expect(audit.after).toMatchObject({ ref: values.symbol, outcome: "VETOED", vetoedBy: ["USA"], tally: "14-1-0-0" });
  });

  it("never trusts a stated veto over the grid, and derives no veto on a procedural vote", async () => {
    const values = await realVoteValues("S/2025/353", { procedural: true });
    const result = await createDraft(values, editor);
    expect(result).toMatchObject({ ok: true, outcome: "ADOPTED", vetoedBy: [] });
    expect((await stored(values.symbol)).vetoes).toEqual([]);
  });

  it("records a failed draft (4-9-2, S/2025/561) as failed, not vetoed", async () => {
    const values = await realVoteValues("S/2025/561");
    const result = await createDraft(values, admin);
    expect(result).toMatchObject({ ok: true, outcome: "FAILED", vetoedBy: [] });
  });

  const bad: [string, (v: DraftFormValues) => DraftFormValues, string, string][] = [
    [
      "an unknown member",
      (v) => {
        const votes = { ...v.votes };
        delete votes.SOM;
        return { ...v, votes: { ...votes, XYZ: "Y" } };
      },
      "votes",
      "unknownMember",
    ],
    [
      "a member not sitting that day",
      (v) => {
        const votes = { ...v.votes };
        delete votes.SOM;
        return { ...v, votes: { ...votes, BRA: "Y" } };
      },
      "votes",
      "notSitting",
    ],
    ["16 votes", (v) => ({ ...v, votes: { ...v.votes, BRA: "Y" } }), "votes", "tooManyVotes"],
    ["a veto by an elected member", (v) => ({ ...v, vetoedBy: ["DZA"] }), "vetoedBy", "vetoByElected"],
    ["a date in the future", (v) => ({ ...v, votedOn: "2099-01-01" }), "votedOn", "dateFuture"],
    ["a malformed symbol", (v) => ({ ...v, symbol: "S-2025-12" }), "symbol", "symbolFormat"],
    ["an absurdly long title", (v) => ({ ...v, title: "Draft ".repeat(2000) }), "title", "tooLong"],
    [
      "a member without a vote",
      (v) => {
        const votes = { ...v.votes };
        delete votes.GUY;
        return { ...v, votes };
      },
      "votes.GUY",
      "missingVote",
    ],
    ["a resolution number on a vetoed draft", (v) => ({ ...v, resolutionNumber: "2790" }), "resolutionNumber", "resolutionNotAdopted"],
    ["a symbol already recorded", (v) => ({ ...v, symbol: "S/2025/353" }), "symbol", "symbolTaken"],
    [
      "a resolution number already used",
      (v) => ({ ...v, votes: Object.fromEntries(Object.keys(v.votes).map((k) => [k, "Y"])), resolutionNumber: "2231" }),
      "resolutionNumber",
      "resolutionTaken",
    ],
    ["an unknown topic", (v) => ({ ...v, topics: ["atlantis"] }), "topics", "unknownTopic"],
    ["an unknown penholder", (v) => ({ ...v, penholders: ["QQQ"] }), "penholders", "unknownMember"],
    ["a meeting held on another day", (v) => ({ ...v, meetingRecord: "S/PV.10000" }), "meetingRecord", "meetingDate"],
    ["a stated veto the votes contradict", (v) => ({ ...v, vetoedBy: ["RUS"] }), "vetoedBy", "vetoDisagrees"],
  ];

  it.each(bad)("refuses %s at the field and writes nothing", async (_label, spoil, field, code) => {
    const before = await writeCounts();
    const values = spoil(
      await realVoteValues("S/2025/353", {
        topics: ["israel-palestine"],
        sources: [GAZA_SOURCE],
        newTopicEn: "Spoilt",
        newTopicTh: "เสีย",
      }),
    );
    const result = await createDraft(values, editor);
    expect(result.ok).toBe(false);
    if (result.ok || result.status !== "invalid") throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
    expect(result.fieldErrors[field]?.map((e) => e.code)).toContain(code);
    expect(await writeCounts()).toEqual(before);
  });
});

describe("one transaction", () => {
  it("a failure after the draft and its votes were written rolls everything back (create and update)", async () => {
    // A trigger makes the very last insert of the write (the source link) fail.
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION test_fail_source() RETURNS trigger AS $$
      BEGIN IF (SELECT url FROM source WHERE id = NEW.source_id) LIKE '%/fail-here' THEN RAISE EXCEPTION 'injected failure'; END IF; ` +
        "RETURN NEW; END $$ LANGUAGE plpgsql",
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER test_fail_source BEFORE INSERT ON draft_source FOR EACH ROW EXECUTE FUNCTION test_fail_source()`);
    try {
      const failing = { ...GAZA_SOURCE, url: "https://example.org/fail-here" };
      const values = await realVoteValues("S/2025/353", { topics: ["israel-palestine"], penholders: ["DZA"], meetingRecord: "S/PV.9998", sources: [failing] });
      const before = await writeCounts();
      await expect(createDraft(values, editor)).rejects.toThrow(/injected failure/);
      expect(await writeCounts()).toEqual(before);
      expect(await db.draft.findUnique({ where: { ref: values.symbol } })).toBeNull();

      const ok = await realVoteValues("S/2025/353", { sources: [GAZA_SOURCE] });
      await createDraft(ok, editor);
      const beforeUpdate = await stored(ok.symbol);
      const counts = await writeCounts();
      await expect(
        updateDraft(ok.symbol, { ...ok, version: "1", title: "Never saved", votes: { ...ok.votes, USA: "Y" }, sources: [failing] }, editor),
      ).rejects.toThrow(/injected failure/);
      expect(await stored(ok.symbol)).toEqual(beforeUpdate);
      expect(await writeCounts()).toEqual(counts);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_source ON draft_source`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_fail_source()`);
    }
  });
});

describe("updateDraft", () => {
  it("corrects a draft, bumps its version and audits before and after", async () => {
    const values = await realVoteValues("S/2025/353");
    await createDraft(values, editor);
    const result = await updateDraft(values.symbol, { ...values, version: "1", title: "Corrected title", votes: { ...values.votes, USA: "A" } }, admin);
    expect(result).toMatchObject({ ok: true, version: 2, outcome: "ADOPTED", vetoedBy: [] });
    const d = await stored(values.symbol);
    expect(d).toMatchObject({ version: 2, outcome: "ADOPTED", yesCount: 14, noCount: 0, abstainCount: 1, updatedBy: admin.email });
    expect(d.vetoes).toEqual([]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "draft", entityKey: values.symbol, action: "update" } });
    expect(audit.actor).toBe(admin.email);
    expect(audit.before).toMatchObject({ outcome: "VETOED", vetoedBy: ["USA"], version: 1 });
    expect(audit.after).toMatchObject({ outcome: "ADOPTED", vetoedBy: [], title: "Corrected title", version: 2 });
  });

  it("refuses the second of two saves from the same version, naming who saved first and when", async () => {
    const values = await realVoteValues("S/2025/353");
    await createDraft(values, editor);
    const first = await updateDraft(values.symbol, { ...values, version: "1", title: "First editor's title" }, editor);
    expect(first.ok).toBe(true);
    const before = await writeCounts();
    const second = await updateDraft(values.symbol, { ...values, version: "1", title: "Second editor's title" }, admin);
    expect(second).toMatchObject({ ok: false, status: "conflict", message: { code: "conflict", values: { by: editor.email } } });
    if (second.ok || second.status !== "conflict") throw new Error("expected conflict");
    const at = new Date(String(second.message.values?.at));
    expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(60_000);
    expect((await stored(values.symbol)).version).toBe(2);
    expect((await db.draft.findUniqueOrThrow({ where: { ref: values.symbol } })).title).toBe("First editor's title");
    expect(await writeCounts()).toEqual(before);
  });

  it("lets exactly one of two simultaneous saves through", async () => {
    const values = await realVoteValues("S/2025/353");
    await createDraft(values, editor);
    const results = await Promise.all([
      updateDraft(values.symbol, { ...values, version: "1", title: "A" }, editor),
      updateDraft(values.symbol, { ...values, version: "1", title: "B" }, admin),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.status === "conflict")).toHaveLength(1);
    expect((await stored(values.symbol)).version).toBe(2);
  });

  it("renames a draft when its symbol is corrected", async () => {
    const values = await realVoteValues("S/2025/353");
    await createDraft(values, editor);
    const renamed = testSymbol(2025);
    const result = await updateDraft(values.symbol, { ...values, version: "1", symbol: renamed }, editor);
    expect(result).toMatchObject({ ok: true, ref: renamed });
    expect(await db.draft.findUnique({ where: { ref: values.symbol } })).toBeNull();
  });

  it("answers not-found for an unknown draft and writes nothing", async () => {
    const before = await writeCounts();
    const result = await updateDraft("S/2025/99999", await realVoteValues(), editor);
    expect(result).toMatchObject({ ok: false, status: "not-found" });
    expect(await writeCounts()).toEqual(before);
  });
});

/** The dashboard's read summary (a materialized view): vetoes cast by the United States in 2025. */
async function summaryUsaVetoes2025(): Promise<number> {
  const rows = await db.$queryRaw<
    { n: number }[]
  >`SELECT COALESCE(sum("n"), 0)::int AS n FROM "veto_holder_year" WHERE "year" = 2025 AND "member_code" = 'USA'`;
  return rows[0]!.n;
}

describe("read summaries", () => {
  it("the dashboard's summaries follow a create, a correction and a delete at once", async () => {
    const start = await summaryUsaVetoes2025();
    const values = await realVoteValues("S/2025/353");
    await createDraft(values, editor);
    expect(await summaryUsaVetoes2025()).toBe(start + 1);
    await updateDraft(values.symbol, { ...values, version: "1", votes: { ...values.votes, USA: "A" } }, editor);
    expect(await summaryUsaVetoes2025()).toBe(start);
    await updateDraft(values.symbol, { ...values, version: "2" }, editor);
    expect(await summaryUsaVetoes2025()).toBe(start + 1);
    await deleteDraft(values.symbol, "3", editor);
    expect(await summaryUsaVetoes2025()).toBe(start);
  });
});

describe("deleteDraft", () => {
  it("removes the draft with its votes and vetoes, once, and audits it", async () => {
    const values = await realVoteValues("S/2025/353", { sources: [GAZA_SOURCE] });
    await createDraft(values, editor);
    const { id } = await db.draft.findUniqueOrThrow({ where: { ref: values.symbol }, select: { id: true } });

    const stale = await deleteDraft(values.symbol, "7", editor);
    expect(stale).toMatchObject({ ok: false, status: "conflict" });
    expect(await db.draft.count({ where: { id } })).toBe(1);

    const result = await deleteDraft(values.symbol, "1", editor);
    expect(result).toMatchObject({ ok: true });
    expect(await db.draft.count({ where: { id } })).toBe(0);
    expect(await db.vote.count({ where: { draftId: id } })).toBe(0);
    expect(await db.veto.count({ where: { draftId: id } })).toBe(0);
    expect(await db.draftSource.count({ where: { draftId: id } })).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityKey: values.symbol, action: "delete" } });
    expect(audit).toMatchObject({ actor: editor.email, after: null });
    expect(audit.before).toMatchObject({ ref: values.symbol, vetoedBy: ["USA"] });

    expect(await deleteDraft(values.symbol, "1", editor)).toMatchObject({ ok: false, status: "not-found" });
  });
});

describe("sources no draft cites are deleted with the last citing draft", () => {
  const source = (name: string) => ({
    url: `https://example.org/orphan-test/${name}-${Date.now()}`,
    title: `Test source ${name}`,
    outlet: "Test",
    language: "en",
    text: "",
  });
  const sourceCount = (url: string) => db.source.count({ where: { url } });

  it("deleting a draft deletes its own sources and keeps those another draft cites", async () => {
    const own = source("own");
    const shared = source("shared");
    const a = await realVoteValues("S/2025/353", { sources: [own, shared] });
    const b = await realVoteValues("S/2025/353", { sources: [shared] });
    expect(await createDraft(a, editor)).toMatchObject({ ok: true });
    expect(await createDraft(b, editor)).toMatchObject({ ok: true });
    expect([await sourceCount(own.url), await sourceCount(shared.url)]).toEqual([1, 1]);

    expect(await deleteDraft(a.symbol, "1", editor)).toMatchObject({ ok: true });
    expect([await sourceCount(own.url), await sourceCount(shared.url)]).toEqual([0, 1]);
    expect(await deleteDraft(b.symbol, "1", editor)).toMatchObject({ ok: true });
    expect(await sourceCount(shared.url)).toBe(0);
  });

  it("a correction that drops a source deletes it when no other draft cites it", async () => {
    const dropped = source("dropped");
    const kept = source("kept");
    const values = await realVoteValues("S/2025/353", { sources: [dropped, kept] });
    expect(await createDraft(values, editor)).toMatchObject({ ok: true });
    expect(await updateDraft(values.symbol, { ...values, version: "1", sources: [kept] }, editor)).toMatchObject({ ok: true });
    expect([await sourceCount(dropped.url), await sourceCount(kept.url)]).toEqual([0, 1]);
  });
});

describe("roles", () => {
  it("refuses a caller without the editor role", async () => {
    const before = await writeCounts();
    const nobody = { id: "x", email: "nobody@example.org", role: "reader" as never };
    expect(await createDraft(await realVoteValues(), nobody)).toMatchObject({ ok: false, status: "forbidden" });
    expect(await writeCounts()).toEqual(before);
  });
});
