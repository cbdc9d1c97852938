// The seat records as the write path and the admin's vote grid read them (council_seat: one row
// per state per year). The rules themselves stay pure in rules.ts; this is their database side.
import type { db } from "../db";
import type { Tx } from "../admin/transaction";
import { toIsoDate } from "./rules";

/** A member on the Council on the vote's date (council_seat), with its names for the grid. */
export interface SittingMember {
  code: string;
  nameAtTime: string;
  nameEn: string;
  nameTh: string;
  permanent: boolean;
}

export type Seat = SittingMember & { startsOn: string; endsOn: string };

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Seat records overlapping [from, to] (ISO dates), permanent members first, then by name. One query. */
export async function seatsBetween(client: Tx | typeof db, from: string, to: string): Promise<Seat[]> {
  const seats = await client.councilSeat.findMany({
    where: { startsOn: { lte: utcDate(to) }, endsOn: { gte: utcDate(from) } },
    select: { memberCode: true, nameAtTime: true, permanent: true, startsOn: true, endsOn: true, member: { select: { nameEn: true, nameTh: true } } },
    orderBy: [{ permanent: "desc" }, { nameAtTime: "asc" }],
  });
  return seats.map((s) => ({
    code: s.memberCode,
    nameAtTime: s.nameAtTime,
    nameEn: s.member.nameEn,
    nameTh: s.member.nameTh,
    permanent: s.permanent,
    startsOn: toIsoDate(s.startsOn),
    endsOn: toIsoDate(s.endsOn),
  }));
}

/** The members sitting on a date, from seat records already read. */
export function sittingAmong(seats: readonly Seat[], isoDate: string): SittingMember[] {
  return seats.filter((s) => s.startsOn <= isoDate && s.endsOn >= isoDate).map(({ startsOn: _s, endsOn: _e, ...member }) => member);
}

/** The members on the Council on a date, from the seat records (one row per state per year). One query. */
export async function sittingMembersOn(client: Tx | typeof db, isoDate: string): Promise<SittingMember[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(Date.parse(`${isoDate}T00:00:00Z`))) return [];
  return sittingAmong(await seatsBetween(client, isoDate, isoDate), isoDate);
}
