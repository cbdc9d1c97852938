// What kind of publisher a cited page is, so that readers see the UN's own record first and an item
// resting only on pages of unknown reliability is marked unconfirmed. A host we have not reviewed is
// "unknown": reliability is granted, never assumed. State-propaganda outlets are never cited: their
// links are dropped from the record (the seed keeps them as evidence in data_issue, admin only).
import type { SourceKind } from "../generated/prisma/enums";

export type { SourceKind };

/** Hosts (and their subdomains) of outlets we do not cite: state propaganda. */
const STATE_PROPAGANDA = [
  "tass.com",
  "tass.ru",
  "sputniknews.com",
  "sputnikglobe.com",
  "rt.com",
  "cgtn.com",
  "cri.cn",
  "news.by",
  "news-pravda.com",
  "telesurenglish.net",
  "presstv.ir",
  "globaltimes.cn",
  "xinhuanet.com",
  "kcna.kp",
];

/** Reviewed hosts, by kind. */
const KINDS: Readonly<Record<Exclude<SourceKind, "UNKNOWN">, readonly string[]>> = {
  UN_RECORD: ["un.org", "undocs.org", "digitallibrary.un.org"],
  RESEARCH: ["securitycouncilreport.org", "scprocedure.org", "un-project.org"],
  COMPILATION: ["wikipedia.org"],
  NEWS: [
    "reuters.com",
    "apnews.com",
    "bbc.com",
    "bbc.co.uk",
    "theguardian.com",
    "nytimes.com",
    "aljazeera.com",
    "aa.com.tr",
    "anews.com.tr",
    "dawn.com",
    "thenationalnews.com",
    "lbc.co.uk",
    "nhk.or.jp",
    "nippon.com",
    "aawsat.com",
    "middleeastmonitor.com",
    "vanguardngr.com",
    "news.az",
    "wafa.ps",
    "news.yahoo.com",
    "pressenza.com",
    "newindianexpress.com",
    "pravda.com.ua",
    "thequint.com",
    "interfax.com",
    "interfax.com.ua",
    "menafn.com",
    "upday.com",
    "unb.com.bd",
    "localnews8.com",
    "newser.com",
    "pratidintime.com",
    "lawinsider.in",
    "thediplomaticinsight.com",
    "peoplesdispatch.org",
    "ilna.ir",
    "rubryka.com",
    "usmission.gov",
  ],
};

/** Repositories that mirror UN documents verbatim (Akoma Ntoso XML of each resolution). */
const UN_MIRRORS = ["github.com/UNxml/SCresolutions"];
/** Repositories holding copies of UN drafts compiled for research. */
const COMPILED_REPOSITORIES = ["github.com/yueqingliang1/UNBench"];

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, "");
  } catch {
    return null;
  }
}

const onHost = (host: string, domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));

/** The kind of a cited page, or "excluded" for a state-propaganda outlet. */
export function classifyUrl(url: string): SourceKind | "excluded" {
  const host = hostOf(url);
  if (!host) return "UNKNOWN";
  if (onHost(host, STATE_PROPAGANDA)) return "excluded";
  const path = url.replace(/^https?:\/\/(www\.)?/i, "");
  if (UN_MIRRORS.some((p) => path.startsWith(p))) return "UN_RECORD";
  if (COMPILED_REPOSITORIES.some((p) => path.startsWith(p))) return "COMPILATION";
  for (const [kind, domains] of Object.entries(KINDS) as [SourceKind, readonly string[]][]) if (onHost(host, domains)) return kind;
  return "UNKNOWN";
}

/** Kinds whose word is enough to call a vote confirmed. */
export const CONFIRMING_KINDS: ReadonlySet<SourceKind> = new Set(["UN_RECORD", "RESEARCH", "NEWS"]);

/** Order on the public page: the UN's own record first. */
export const SOURCE_KIND_ORDER: readonly SourceKind[] = ["UN_RECORD", "RESEARCH", "COMPILATION", "NEWS", "UNKNOWN"];
