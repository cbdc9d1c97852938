// Source rows: one per data file, one per web page cited by the recent-veto files, and the seed
// article stored verbatim twice (Thai and English text).
import type { SourceFileName } from "./inputs";
import { classifyUrl, type SourceKind } from "./source-kinds";

export interface SeedSource {
  key: string;
  title: string;
  outlet: string | null;
  url: string | null;
  language: string;
  text: string | null;
  licence: string | null;
  kind: SourceKind;
}

const UN_DL_TERMS = "© United Nations. UN Digital Library terms of use: non-commercial use with attribution.";

export const FILE_SOURCES: Readonly<Record<SourceFileName, Omit<SeedSource, "key" | "language" | "text">>> = {
  "dhl-meetings": {
    title: "United Nations Dag Hammarskjöld Library, Security Council Meetings & Outcomes tables, 1946 – mid-2022, and the Library's veto list",
    outlet: "UN Dag Hammarskjöld Library",
    url: "https://research.un.org/en/docs/sc/quick/meetings",
    licence: "© United Nations. Source: UN Dag Hammarskjöld Library, Security Council Meetings & Outcomes tables.",
    kind: "UN_RECORD",
  },
  "sc-votes-not-adopted-1992-2021.csv": {
    title: "Member votes on 69 drafts not adopted (vetoed and failed), 1993–2021",
    outlet: "UN Digital Library voting records via oliverunv/Voting-Agent",
    // The rows of one file of that repository: a link of its own, since the editors' forms find a source by its link.
    url: "https://github.com/oliverunv/Voting-Agent/blob/58350bb3e40dfa8d5715f7d0799556d25986aa89/data/sc_voting.csv",
    licence: "No licence file in the repository; the facts are UN voting records. Credit: UN Digital Library voting records via oliverunv/Voting-Agent.",
    kind: "COMPILATION",
  },
  "sc-votes-2026.csv": {
    title: "Security Council votes, 1 February – 29 September 2026, compiled from the resolutions' texts, UN press releases and news reports",
    outlet: "UNSC Vote Tracker compilation (each item cites its pages)",
    url: null,
    licence: "Compiled facts; each item lists the pages it rests on.",
    kind: "COMPILATION",
  },
  "sc-votes-amendments-procedural-2020-2025.csv": {
    title: "Votes on amendments and procedural votes, 2020–2025, compiled from UN press releases, Security Council Report and news reports",
    outlet: "UNSC Vote Tracker compilation (each item cites its pages)",
    url: null,
    licence: "Compiled facts; each item lists the pages it rests on.",
    kind: "COMPILATION",
  },
  "sc-votes-adopted.csv": {
    title: "Security Council votes on adopted resolutions 1–2617 (1946–2021), UN Digital Library voting records",
    outlet: "UN Digital Library, compiled via navyanawal0310/un-votes-intelligence-platform",
    url: "https://github.com/navyanawal0310/un-votes-intelligence-platform",
    licence: `${UN_DL_TERMS} Source: UN Digital Library voting records (digitallibrary.un.org), compiled via navyanawal0310/un-votes-intelligence-platform.`,
    kind: "COMPILATION",
  },
  "sc-votes-adopted-2022-2026.csv": {
    title: "United Nations Dag Hammarskjöld Library, Security Council Voting Data, version 6 (6 Feb 2026): resolutions 2618–2815",
    outlet: "UN Dag Hammarskjöld Library",
    url: "https://digitallibrary.un.org/record/4055387",
    licence: UN_DL_TERMS,
    kind: "UN_RECORD",
  },
  "sc-votes-1992-2026-tail.csv": {
    title: "Security Council votes on every draft put to the vote, 27 Jan 2022 – 27 Jan 2026",
    outlet: "UN Digital Library voting records via oliverunv/Voting-Agent",
    url: "https://github.com/oliverunv/Voting-Agent",
    licence: "No licence file in the repository; the facts are UN voting records. Credit: UN Digital Library voting records via oliverunv/Voting-Agent.",
    kind: "COMPILATION",
  },
  "sc-votes-failed-drafts.csv": {
    title: "Member votes on 53 failed votes, 1947–2022, keyed from Security Council meeting records",
    outlet: "emilytong123/unsc_for_us",
    url: "https://github.com/emilytong123/unsc_for_us",
    licence: "No licence file in the repository (no reuse rights granted); the facts come from public UN meeting records. Used with attribution.",
    kind: "COMPILATION",
  },
  "sc-vetoes.csv": {
    title: "UN Security Council vetoes 1946 – 8 July 2022, from the Dag Hammarskjöld Library veto list",
    outlet: "The World Politics Data Lab (Carlos L. Yordan)",
    url: "https://github.com/world-politics-datalab/vetoes-un-security-council",
    licence:
      "MIT, © 2022 The World Politics Data Lab (data/unsc-vetoes-1946-2022.LICENSE). " +
      "Facts from the UN Library veto list (research.un.org/en/docs/sc/quick/veto).",
    kind: "COMPILATION",
  },
  "recent-vetoes.csv": {
    title: "Vetoes cast 30 Sep 2022 – 18 Sep 2025, compiled from UN press releases and news reports",
    outlet: "UNSC Vote Tracker compilation (each row cites its pages)",
    url: null,
    licence: "Compiled facts; each row lists the pages it rests on.",
    kind: "COMPILATION",
  },
  "recent-veto-votes.csv": {
    title: "Member votes on the drafts vetoed 30 Sep 2022 – 18 Sep 2025",
    outlet: "UNSC Vote Tracker compilation (each row cites its pages)",
    url: null,
    licence: "Compiled facts; each row lists the pages it rests on.",
    kind: "COMPILATION",
  },
  "council-members-2022-2026.csv": {
    title: "Security Council membership 2022–2026",
    outlet: "UNSC Vote Tracker compilation",
    url: "https://main.un.org/securitycouncil/en/content/current-members",
    licence: "Public facts.",
    kind: "COMPILATION",
  },
  "member-states.csv": {
    title: "Member states that have sat on the Security Council: codes, English and Thai names, regional groups",
    outlet: "UNSC Vote Tracker (Thai names are our translation)",
    url: null,
    licence: "Project data.",
    kind: "COMPILATION",
  },
  "annotations.csv": {
    title: "Project annotations: titles, procedural flags and source links, each citing its source",
    outlet: "UNSC Vote Tracker",
    url: null,
    licence: "Project data.",
    kind: "COMPILATION",
  },
  "seed-article.txt": {
    title: "Seed article (CNN), Thai and English text",
    outlet: "CNN",
    url: null,
    licence: "© the publisher; quoted verbatim as a source.",
    kind: "NEWS",
  },
};

export function fileSourceKey(file: SourceFileName): string {
  return `file:${file}`;
}

export function fileSource(file: SourceFileName): SeedSource {
  return { key: fileSourceKey(file), language: "en", text: null, ...FILE_SOURCES[file] };
}

/** Titles we know for particular pages (the UN's own records first). */
const KNOWN_PAGES: Readonly<Record<string, { title: string; outlet: string }>> = {
  "https://press.un.org/en/2024/sc15648.doc.htm": {
    title:
      "SC/15648: Security Council meetings coverage, 9591st meeting (28 March 2024), " +
      "vote on the draft resolution on the Panel of Experts of the 1718 Committee (DPRK)",
    outlet: "United Nations Meetings Coverage and Press Releases",
  },
};

export const PRESS_RELEASE_SC15648 = "https://press.un.org/en/2024/sc15648.doc.htm";

/** A Source for a cited web page; the key is the URL. */
export function urlSource(url: string): SeedSource {
  const known = KNOWN_PAGES[url];
  let host = url;
  let pathname = "";
  try {
    const u = new URL(url);
    host = u.hostname.replace(/^www\d?\./, "");
    pathname = u.pathname;
  } catch {
    /* keep the raw value */
  }
  const press = /^\/en\/(\d{4})\/(sc|ga)(\d+)\.doc\.htm$/.exec(pathname);
  const title =
    known?.title ??
    (host === "press.un.org" && press
      ? `UN press release ${press[2]!.toUpperCase()}/${press[3]}`
      : host === "undocs.org"
        ? `UN document ${decodeURIComponent(pathname.replace(/^\/(en\/)?/, ""))}`
        : `${host}${pathname.length > 1 ? pathname : ""}`);
  const outlet = known?.outlet ?? (host.endsWith("un.org") ? "United Nations" : host);
  let language = "en";
  if (/^\/fr\//.test(pathname) || host.endsWith(".fr")) language = "fr";
  else if (host.startsWith("filipino.")) language = "fil";
  else if (host.endsWith(".se") && !pathname.includes("/en")) language = "sv";
  const kind = classifyUrl(url);
  if (kind === "excluded") throw new Error(`${url}: a state-propaganda outlet is never cited (filter with classifyUrl first)`);
  return { key: url, title, outlet, url, language, text: null, licence: null, kind };
}

/** Splits " | "-separated URL lists. */
export function splitUrls(value: string): string[] {
  return value
    .split("|")
    .map((u) => u.trim())
    .filter((u) => /^https?:\/\//.test(u));
}

export const ARTICLE_TH_KEY = "seed-article:th";
export const ARTICLE_EN_KEY = "seed-article:en";

const THAI = /[\u0E00-\u0E7F]/;

/**
 * data/seed-article.txt holds the Thai text first, then the English text. The English part starts
 * at the first paragraph without Thai characters. Both parts are kept verbatim.
 */
export function splitArticle(text: string): { th: string; en: string } {
  const paragraphs = text.split(/(\n\s*\n)/); // keep the separators so slices stay verbatim
  let offset = 0;
  for (const part of paragraphs) {
    if (part.trim() !== "" && !/^\n\s*\n$/.test(part) && !THAI.test(part)) break;
    offset += part.length;
  }
  const th = text.slice(0, offset).trimEnd();
  const en = text.slice(offset).trim();
  if (!THAI.test(th) || en === "" || THAI.test(en)) throw new Error("seed-article.txt: could not split Thai and English text");
  return { th, en };
}

export function articleSources(text: string): SeedSource[] {
  const { th, en } = splitArticle(text);
  const headline = (s: string) => s.split(/\n/)[0]!.trim();
  const licence = FILE_SOURCES["seed-article.txt"].licence;
  return [
    { key: ARTICLE_TH_KEY, title: headline(th), outlet: "CNN", url: null, language: "th", text: th, licence, kind: "NEWS" },
    { key: ARTICLE_EN_KEY, title: headline(en), outlet: "CNN", url: null, language: "en", text: en, licence, kind: "NEWS" },
  ];
}
