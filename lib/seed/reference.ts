// Reference data the seed writes as it is: member states (from data/member-states.csv), the five
// permanent seats and who held them, and the two in-year successions the vote records show.
import { CHINA_SUCCESSION_DATE, RUSSIA_SUCCESSION_DATE } from "../council/rules";
import { parseCsv, col } from "./csv";

export interface SeedMemberState {
  code: string;
  nameEn: string;
  nameTh: string;
  region: string | null;
  dissolved: boolean;
  /** Names the sources use for this state (upper-cased for lookup). */
  aliases: string[];
}

export function parseMemberStates(text: string): SeedMemberState[] {
  return parseCsv(text, ["code", "name_en", "name_th", "region", "dissolved", "aliases"], "member-states.csv").map((row) => {
    const code = col(row, "code");
    if (!/^[A-Z]{3}$/.test(code)) throw new Error(`member-states.csv line ${row.line}: bad code ${code}`);
    const nameTh = col(row, "name_th");
    if (!/[\u0E00-\u0E7F]/.test(nameTh)) throw new Error(`member-states.csv line ${row.line}: ${code} has no Thai name`);
    return {
      code,
      nameEn: col(row, "name_en"),
      nameTh,
      region: col(row, "region") || null,
      dissolved: col(row, "dissolved") === "true",
      aliases: col(row, "aliases")
        .split("|")
        .map((a) => a.trim())
        .filter(Boolean),
    };
  });
}

/** Upper-cased, apostrophe- and space-normalized form used to match member names across sources. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}

/** Name (any alias or English name, any case) → member code. */
export function memberNameIndex(members: readonly SeedMemberState[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const m of members) {
    for (const name of [m.nameEn, m.code, ...m.aliases]) {
      const key = nameKey(name);
      const other = index.get(key);
      if (other && other !== m.code) throw new Error(`member name "${name}" is ambiguous: ${other} / ${m.code}`);
      index.set(key, m.code);
    }
  }
  return index;
}

export interface SeedPermanentSeat {
  id: string;
  nameEn: string;
  nameTh: string;
}

export const PERMANENT_SEATS: readonly SeedPermanentSeat[] = [
  { id: "CHN", nameEn: "China", nameTh: "จีน" },
  { id: "FRA", nameEn: "France", nameTh: "ฝรั่งเศส" },
  { id: "GBR", nameEn: "United Kingdom", nameTh: "สหราชอาณาจักร" },
  { id: "RUS", nameEn: "USSR / Russian Federation", nameTh: "สหภาพโซเวียต / สหพันธรัฐรัสเซีย" },
  { id: "USA", nameEn: "United States", nameTh: "สหรัฐอเมริกา" },
];

export interface SeedSeatHolder {
  id: string;
  seatId: string;
  memberCode: string;
  nameEn: string;
  nameTh: string;
  startsOn: string;
  endsOn: string | null; // exclusive
}

/** The Charter entered into force on 24 October 1945. */
export const CHARTER_IN_FORCE = "1945-10-24";

export const PERMANENT_SEAT_HOLDERS: readonly SeedSeatHolder[] = [
  {
    id: "ROC",
    seatId: "CHN",
    memberCode: "CHN",
    nameEn: "Republic of China",
    nameTh: "สาธารณรัฐจีน",
    startsOn: CHARTER_IN_FORCE,
    endsOn: CHINA_SUCCESSION_DATE,
  },
  {
    id: "PRC",
    seatId: "CHN",
    memberCode: "CHN",
    nameEn: "People's Republic of China",
    nameTh: "สาธารณรัฐประชาชนจีน",
    startsOn: CHINA_SUCCESSION_DATE,
    endsOn: null,
  },
  { id: "FRA", seatId: "FRA", memberCode: "FRA", nameEn: "France", nameTh: "ฝรั่งเศส", startsOn: CHARTER_IN_FORCE, endsOn: null },
  { id: "GBR", seatId: "GBR", memberCode: "GBR", nameEn: "United Kingdom", nameTh: "สหราชอาณาจักร", startsOn: CHARTER_IN_FORCE, endsOn: null },
  {
    id: "SUN",
    seatId: "RUS",
    memberCode: "SUN",
    nameEn: "Union of Soviet Socialist Republics",
    nameTh: "สหภาพสาธารณรัฐสังคมนิยมโซเวียต",
    startsOn: CHARTER_IN_FORCE,
    endsOn: RUSSIA_SUCCESSION_DATE,
  },
  { id: "RUS", seatId: "RUS", memberCode: "RUS", nameEn: "Russian Federation", nameTh: "สหพันธรัฐรัสเซีย", startsOn: RUSSIA_SUCCESSION_DATE, endsOn: null },
  { id: "USA", seatId: "USA", memberCode: "USA", nameEn: "United States", nameTh: "สหรัฐอเมริกา", startsOn: CHARTER_IN_FORCE, endsOn: null },
];

/**
 * Seats that passed from one code to another during a year. The records show both codes in that
 * year; the seat rows split at the succession date (the later state's first day).
 */
export const IN_YEAR_SUCCESSIONS: readonly { from: string; to: string; date: string; why: string }[] = [
  { from: "SUN", to: "RUS", date: RUSSIA_SUCCESSION_DATE, why: "the Russian Federation took the USSR's seat on 24 December 1991" },
  { from: "YMD", to: "YEM", date: "1990-05-22", why: "Yemeni unification on 22 May 1990 (the Republic of Yemen continued the Yemeni seat)" },
];
