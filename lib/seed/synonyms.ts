// The search synonyms (data/search-synonyms.csv → search_synonym): names people use for the same
// subject. Read whole on every seed; the table then holds exactly the file's rows (terms removed
// from the file are removed), so re-running the seed with an unchanged file changes nothing.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { col, parseCsv } from "./csv";
import { searchTokens } from "../search/query";

export const SYNONYMS_FILE = "search-synonyms.csv";

export interface SynonymRow {
  term: string;
  group: string;
  lang: string;
  source: string;
}

/** The file's rows, checked: a term is stored as search input is read (lower case, words only), once. */
export function parseSynonyms(text: string): SynonymRow[] {
  const seen = new Map<string, number>();
  return parseCsv(text, ["group", "term", "lang", "source"], SYNONYMS_FILE).map((r) => {
    const term = searchTokens(col(r, "term")).join(" ");
    const group = col(r, "group").trim();
    const lang = col(r, "lang").trim();
    const source = col(r, "source").trim();
    if (!term || !/^[a-z0-9-]+$/.test(group) || !["en", "th"].includes(lang) || !source) throw new Error(`${SYNONYMS_FILE} line ${r.line}: incomplete row`);
    const dup = seen.get(term);
    if (dup !== undefined) throw new Error(`${SYNONYMS_FILE} line ${r.line}: "${term}" already on line ${dup}`);
    seen.set(term, r.line);
    return { term, group, lang, source };
  });
}

/** Makes search_synonym hold exactly the file's rows; returns how many rows changed. */
export async function writeSynonyms(prisma: PrismaClient, dataDir: string): Promise<number> {
  const rows = parseSynonyms(await readFile(path.join(dataDir, SYNONYMS_FILE), "utf8"));
  const cols = (k: keyof SynonymRow) => rows.map((r) => r[k]);
  return prisma.$transaction(async (tx) => {
    const removed = await tx.$executeRaw`DELETE FROM search_synonym WHERE term <> ALL(${cols("term")}::text[])`;
    const written = await tx.$executeRaw`
      INSERT INTO search_synonym (term, group_key, lang, source)
      SELECT * FROM unnest(${cols("term")}::text[], ${cols("group")}::text[], ${cols("lang")}::text[], ${cols("source")}::text[])
      ON CONFLICT (term) DO UPDATE SET group_key = EXCLUDED.group_key, lang = EXCLUDED.lang, source = EXCLUDED.source
      WHERE (search_synonym.group_key, search_synonym.lang, search_synonym.source) IS DISTINCT FROM (EXCLUDED.group_key, EXCLUDED.lang, EXCLUDED.source)`;
    return removed + written;
  });
}
