// CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) for "Cite this":
// one item per page, built here from plain facts, from which lib/citation/format.ts derives plain
// text, BibTeX and RIS. Pure, so tests/unit/citation-csl.test.ts checks every field.

export const SITE_NAME = "UNSC Vote Tracker";

/** The UN's own attribution for its voting records (their licence asks for it; data/SOURCES.md). */
export const UN_ATTRIBUTION = "Source: UN Digital Library voting records (digitallibrary.un.org)";

export type CslDate = { "date-parts": [[number, number?, number?]] };

export interface CslItem {
  id: string;
  type: "webpage" | "dataset";
  title: string;
  author: { literal: string }[];
  "container-title"?: string;
  publisher: string;
  URL: string;
  accessed: CslDate;
  issued?: CslDate;
  language: string;
  number?: string;
  version?: string;
  medium?: string;
  note?: string;
}

/** `2024-03-28` → CSL date parts; a bare year (`1950`) is a year alone. */
export function cslDate(iso: string): CslDate {
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return m[2] ? { "date-parts": [[Number(m[1]), Number(m[2]), Number(m[3])]] } : { "date-parts": [[Number(m[1])]] };
}

export interface CiteContext {
  /** The page's absolute permanent address. */
  url: string;
  /** The reader's access date, YYYY-MM-DD. */
  accessed: string;
  locale: string;
}

const base = (id: string, title: string, ctx: CiteContext) => ({
  id,
  title,
  author: [{ literal: SITE_NAME }],
  publisher: SITE_NAME,
  URL: ctx.url,
  accessed: cslDate(ctx.accessed),
  language: ctx.locale,
});

export interface DraftCiteFacts {
  ref: string;
  symbol: string | null;
  title: string | null;
  agendaItem: string | null;
  /** YYYY-MM-DD, or null when the sources give only the year. */
  date: string | null;
  year: number;
  meetingRecord: string | null;
  resolutionNumber: number | null;
}

/** A draft's page: titled by its symbol (or meeting record) and subject; issued on the day of the vote. */
export function draftCslItem(
  d: DraftCiteFacts,
  ctx: CiteContext,
  title: (name: string, subject: string | null) => string = (name, subject) => `Security Council vote on ${name}${subject ? `: ${subject}` : ""}`,
): CslItem {
  const name = d.symbol ?? d.ref;
  const subject = d.title ?? d.agendaItem;
  const resolution = d.resolutionNumber !== null ? `resolution ${d.resolutionNumber} (${d.year})` : null;
  const note = [d.meetingRecord && `Meeting record ${d.meetingRecord}`, resolution && `Adopted as ${resolution}`, UN_ATTRIBUTION].filter(Boolean).join(". ");
  return {
    ...base(`unsc-vote-${d.ref.replace(/[^A-Za-z0-9]+/g, "-")}`, title(name, subject), ctx),
    type: "webpage",
    "container-title": SITE_NAME,
    issued: cslDate(d.date ?? String(d.year)),
    ...(d.symbol ? { number: d.symbol } : {}),
    note,
  };
}

/** A member state's voting record on the Council, as of the dataset's version. */
export function countryCslItem(c: { code: string; name: string }, version: string | null, ctx: CiteContext, title: (name: string) => string): CslItem {
  return {
    ...base(`unsc-country-${c.code}`, title(c.name), ctx),
    type: "webpage",
    "container-title": SITE_NAME,
    ...(version ? { issued: cslDate(version), version } : {}),
    note: UN_ATTRIBUTION,
  };
}

/** A topic's votes on the Council, as of the dataset's version. */
export function topicCslItem(t: { slug: string; label: string }, version: string | null, ctx: CiteContext, title: (label: string) => string): CslItem {
  return {
    ...base(`unsc-topic-${t.slug}`, title(t.label), ctx),
    type: "webpage",
    "container-title": SITE_NAME,
    ...(version ? { issued: cslDate(version), version } : {}),
    note: UN_ATTRIBUTION,
  };
}

/** The whole dataset (/data): a dataset whose version is the date of its latest vote. */
export function datasetCslItem(version: string | null, ctx: CiteContext, firstYear = 1946): CslItem {
  const lastYear = version ? Number(version.slice(0, 4)) : null;
  return {
    ...base("unsc-vote-tracker-dataset", `${SITE_NAME}: United Nations Security Council votes${lastYear ? `, ${firstYear}–${lastYear}` : ""}`, ctx),
    type: "dataset",
    ...(version ? { issued: cslDate(version), version } : {}),
    medium: "CSV and JSON",
    note: UN_ATTRIBUTION,
  };
}

/** Today in UTC as YYYY-MM-DD: the access date every citation carries. */
export function accessDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
