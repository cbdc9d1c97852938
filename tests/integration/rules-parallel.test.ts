// Issue 12, rules that hold under parallel requests: each test sends its requests at once
// (Promise.all of the real write functions, each in its own transaction on its own connection).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { councilSize, isPermanentMember } from "@/lib/council/rules";
import { changeUserRole, removeUser } from "@/lib/admin/users";
import { recordElectedTerm, updateMemberNames } from "@/lib/admin/members";
import { maxTermYear } from "@/lib/validations/member-form";
import { createTestUser, type TestUser } from "../support/factories";

const ROUNDS = 3;

/** n fresh admins, and nobody else is an admin (the seed's admin, earlier rounds' survivors become editors). */
async function onlyAdmins(n: number): Promise<TestUser[]> {
  await db.user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
  const admins: TestUser[] = [];
  for (let i = 0; i < n; i++) admins.push(await createTestUser("admin"));
  return admins;
}

const adminCount = () => db.user.count({ where: { role: "admin" } });

describe("the last admin", () => {
  it("survives two admins demoting each other at the same moment", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await onlyAdmins(2);
      const results = await Promise.all([changeUserRole({ id: b!.id, role: "editor" }, a!), changeUserRole({ id: a!.id, role: "editor" }, b!)]);
      expect(await adminCount()).toBe(1);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      // The loser is told why: either it was the last admin, or its actor had just lost the role.
      for (const r of results) if (!r.ok) expect(["invalid", "forbidden"]).toContain(r.status);
    }
  });

  it("survives a ring of admins each demoting the next at once", async () => {
    const admins = await onlyAdmins(8);
    await Promise.all(admins.map((a, i) => changeUserRole({ id: admins[(i + 1) % admins.length]!.id, role: "editor" }, a)));
    expect(await adminCount()).toBeGreaterThanOrEqual(1);
  });

  it("survives two admins removing each other at the same moment", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await onlyAdmins(2);
      const results = await Promise.all([removeUser({ id: b!.id }, a!), removeUser({ id: a!.id }, b!)]);
      expect(await adminCount()).toBe(1);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const audits = await db.auditEntry.count({ where: { entity: "user", action: "delete", entityKey: { in: [a!.email, b!.email] } } });
      expect(audits).toBe(1);
    }
  });

  it("cannot be removed or demoted by an admin who was just removed", async () => {
    const [a, b] = await onlyAdmins(2);
    const c = await createTestUser("editor");
    expect(await removeUser({ id: b!.id }, a!)).toMatchObject({ ok: true });
    // b's session was valid a moment ago; its request arrives after the removal.
    expect(await removeUser({ id: a!.id }, b!)).toMatchObject({ ok: false });
    expect(await changeUserRole({ id: c.id, role: "admin" }, b!)).toMatchObject({ ok: false, status: "forbidden" });
    expect(await adminCount()).toBe(1);
  });
});

/** Elected (non-permanent) seats recorded per year. */
async function electedSeats(years: number[]): Promise<Map<number, number>> {
  const rows = await db.councilSeat.groupBy({ by: ["year"], where: { year: { in: years }, permanent: false }, _count: { _all: true } });
  return new Map(years.map((y) => [y, rows.find((r) => r.year === y)?._count._all ?? 0]));
}

/** States that could take an elected seat in `year`: not permanent, not dissolved, not seated that year. */
async function candidates(year: number, n: number): Promise<string[]> {
  const seated = new Set((await db.councilSeat.findMany({ where: { year }, select: { memberCode: true } })).map((s) => s.memberCode));
  const members = await db.memberState.findMany({ where: { dissolved: false }, select: { code: true }, orderBy: { code: "asc" } });
  const codes = members.map((m) => m.code).filter((c) => !seated.has(c) && !isPermanentMember(c, `${year}-06-30`));
  expect(codes.length).toBeGreaterThanOrEqual(n);
  return codes.slice(0, n);
}

describe("elected seats per year", () => {
  let editor: TestUser;
  beforeAll(async () => {
    editor = await createTestUser("editor");
  });

  it("twelve parallel 'record term' requests for one year fill at most the ten elected seats", async () => {
    const year = maxTermYear();
    const before = (await electedSeats([year])).get(year)!;
    const codes = await candidates(year, 12);
    const results = await Promise.all(codes.map((code) => recordElectedTerm({ code, firstYear: String(year), years: "1" }, editor)));
    const seats = (await electedSeats([year])).get(year)!;
    expect(seats).toBe(10);
    expect(results.filter((r) => r.ok)).toHaveLength(10 - before);
    for (const r of results) if (!r.ok) expect(r).toMatchObject({ status: "invalid", fieldErrors: { firstYear: [{ code: "seatsFull" }] } });
    // One audit entry per recorded term, none for the refused ones.
    expect(await db.auditEntry.count({ where: { entity: "seat", entityKey: { endsWith: `:${year}` } } })).toBe(10 - before);
  });

  it("two-year terms overlapping in parallel never overfill either year", async () => {
    const first = 1962; // six elected seats a year then
    const years = [first, first + 1, first + 2];
    await db.councilSeat.deleteMany({ where: { year: { in: years }, permanent: false } });
    const codes = await candidates(first, 14);
    // Half start in `first`, half a year later: the middle year is contended by all fourteen.
    const results = await Promise.all(codes.map((code, i) => recordElectedTerm({ code, firstYear: String(first + (i % 2)), years: "2" }, editor)));
    const seats = await electedSeats(years);
    for (const y of years) expect(seats.get(y)).toBeLessThanOrEqual(6);
    expect(seats.get(first + 1)).toBe(6);
    expect(results.some((r) => !r.ok)).toBe(true);
  });

  it("a year before 1966 gets at most six elected seats", async () => {
    const year = 1960;
    expect(councilSize(`${year}-06-30`) - 5).toBe(6);
    await db.councilSeat.deleteMany({ where: { year, permanent: false } });
    const codes = await candidates(year, 12);
    const results = await Promise.all(codes.map((code) => recordElectedTerm({ code, firstYear: String(year), years: "1" }, editor)));
    expect((await electedSeats([year])).get(year)).toBe(6);
    expect(results.filter((r) => r.ok)).toHaveLength(6);
  });
});

describe("member renames carry a version check", () => {
  let editors: TestUser[];
  beforeAll(async () => {
    editors = [];
    for (let i = 0; i < 10; i++) editors.push(await createTestUser("editor"));
  });

  it("of ten renames sent at once from one version, one lands and nine are told who changed it", async () => {
    const { version } = await db.memberState.findUniqueOrThrow({ where: { code: "NOR" }, select: { version: true } });
    const results = await Promise.all(
      editors.map((e, i) => updateMemberNames({ code: "NOR", nameEn: `Norway ${i}`, nameTh: `นอร์เวย์ ${i}`, version: String(version) }, e)),
    );
    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    const winner = winners[0]!;
    for (const r of results.filter((r) => !r.ok))
      expect(r).toMatchObject({ status: "conflict", message: { code: "memberConflict", values: { by: editors[winner]!.email } } });
    const stored = await db.memberState.findUniqueOrThrow({ where: { code: "NOR" }, select: { nameEn: true, version: true } });
    expect(stored).toEqual({ nameEn: `Norway ${winner}`, version: version + 1 });
    expect(await db.auditEntry.count({ where: { entity: "member", entityKey: "NOR", action: "update" } })).toBe(1);
  });

  it("refuses a stale or missing version and writes nothing", async () => {
    const before = await db.memberState.findUniqueOrThrow({ where: { code: "SWE" } });
    const audits = await db.auditEntry.count();
    expect(await updateMemberNames({ code: "SWE", nameEn: "Sweden (new)", nameTh: "สวีเดน", version: String(before.version) }, editors[0]!)).toMatchObject({
      ok: true,
    });
    const stale = await updateMemberNames({ code: "SWE", nameEn: "Sweden (stale)", nameTh: "สวีเดน", version: String(before.version) }, editors[1]!);
    expect(stale).toMatchObject({ ok: false, status: "conflict", message: { code: "memberConflict", values: { by: editors[0]!.email } } });
    expect(await updateMemberNames({ code: "SWE", nameEn: "Sweden (none)", nameTh: "สวีเดน" }, editors[1]!)).toMatchObject({
      ok: false,
      status: "invalid",
      fieldErrors: { version: [{ code: "invalid" }] },
    });
    expect(await db.memberState.findUniqueOrThrow({ where: { code: "SWE" }, select: { nameEn: true, version: true } })).toEqual({
      nameEn: "Sweden (new)",
      version: before.version + 1,
    });
    expect(await db.auditEntry.count()).toBe(audits + 1);
  });
});
