import "server-only";
import { db } from "@/lib/db";

// The choices the lists' filter forms and the admin's draft form offer: members and topics.

export interface MemberOption {
  code: string;
  nameEn: string;
  nameTh: string;
  /** Held a permanent seat at some time (can appear in the "vetoed by" filter). */
  permanent: boolean;
}

/** Every state that ever sat on the Council (for the country filter), in English name order. */
export async function listMemberOptions(): Promise<MemberOption[]> {
  const rows = await db.$queryRaw<MemberOption[]>`
    SELECT m.code, m.name_en AS "nameEn", m.name_th AS "nameTh", bool_or(s.permanent) AS permanent
    FROM member_state m JOIN council_seat s ON s.member_code = m.code
    GROUP BY m.code, m.name_en, m.name_th
    ORDER BY m.name_en`;
  return rows;
}

export interface TopicOption {
  slug: string;
  labelEn: string;
  labelTh: string;
}

export async function listTopicOptions(): Promise<TopicOption[]> {
  return db.topic.findMany({ select: { slug: true, labelEn: true, labelTh: true }, orderBy: { labelEn: "asc" } });
}
