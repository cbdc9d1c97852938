import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { accessDate, countryCslItem, datasetCslItem, draftCslItem, topicCslItem, type CslItem } from "@/lib/citation/csl";
import type { CiteTarget } from "@/lib/citation/target";
import { citePath } from "@/lib/citation/target";
import { getDatasetVersion } from "@/lib/data/dataset";
import { siteUrl } from "@/lib/share";
import en from "@/messages/en/data.json";
import th from "@/messages/th/data.json";

// The CSL-JSON item of a page for "Cite this" (components/cite) and /api/cite: the facts from the
// database, the page's permanent address on SITE_URL and the reader's access date.

const MESSAGES = { en, th } as const;

/** The page's permanent, absolute address in its language (English unprefixed, Thai under /th). */
export function permalink(target: CiteTarget, locale: string): string {
  return new URL(`${locale === "en" ? "" : `/${locale}`}${citePath(target)}`, siteUrl()).href;
}

/** The item for a page, or null when its draft, member or topic does not exist. */
export async function getCslItem(target: CiteTarget, locale: "en" | "th", accessed: string = accessDate()): Promise<CslItem | null> {
  const t = createTranslator({ locale, messages: { data: MESSAGES[locale] }, namespace: "data.cite" });
  const ctx = { url: permalink(target, locale), accessed, locale };
  switch (target.kind) {
    case "dataset":
      return datasetCslItem(await getDatasetVersion(), ctx);
    case "draft": {
      const [d] = await db.$queryRaw<
        {
          ref: string;
          symbol: string | null;
          title: string | null;
          agendaItem: string | null;
          date: string | null;
          year: number;
          meetingRecord: string | null;
          resolutionNumber: number | null;
        }[]
      >`SELECT d.ref, d.symbol, d.title, d.agenda_item AS "agendaItem", to_char(d.voted_on, 'YYYY-MM-DD') AS date, d.year,
               m.record AS "meetingRecord", d.resolution_number AS "resolutionNumber"
          FROM draft d LEFT JOIN meeting m ON m.id = d.meeting_id WHERE d.ref = ${target.ref}`;
      if (!d) return null;
      return draftCslItem(d, ctx, (name, subject) => (subject ? t("titleDraftSubject", { name, subject }) : t("titleDraft", { name })));
    }
    case "country": {
      const m = await db.memberState.findUnique({ where: { code: target.code }, select: { code: true, nameEn: true, nameTh: true } });
      if (!m) return null;
      const version = await getDatasetVersion();
      return countryCslItem({ code: m.code, name: locale === "th" ? m.nameTh : m.nameEn }, version, ctx, (name) => t("titleCountry", { name }));
    }
    case "topic": {
      const topic = await db.topic.findUnique({ where: { slug: target.slug }, select: { slug: true, labelEn: true, labelTh: true } });
      if (!topic) return null;
      const version = await getDatasetVersion();
      return topicCslItem({ slug: topic.slug, label: locale === "th" ? topic.labelTh : topic.labelEn }, version, ctx, (label) => t("titleTopic", { label }));
    }
  }
}
