import "server-only";
import { db, Prisma } from "@/lib/db";
import { planSearch, type SearchPlan, type SynonymGroup } from "@/lib/search/query";

// The free-text search (`q=`) of the list of drafts, the veto list and the API, as SQL on a draft
// row `d`: the weighted document draft.search_vector (GIN), symbols and meeting records by trigram
// ILIKE, resolution numbers. An exact symbol or resolution number first, then symbol fragments,
// then matches in the symbol or title by ts_rank_cd, then the rest (agenda item, topics).

// The synonyms change only with a seed (which is followed by a restart); a minute's cache spares
// every search a round trip.
const SYNONYMS_TTL_MS = 60_000;
let synonyms: { at: number; groups: Promise<SynonymGroup[]> } | null = null;

export function loadSynonymGroups(): Promise<SynonymGroup[]> {
  if (!synonyms || Date.now() - synonyms.at > SYNONYMS_TTL_MS) {
    const groups = db.$queryRaw<{ terms: string[] }[]>`
      SELECT array_agg(term ORDER BY term) AS terms FROM search_synonym GROUP BY group_key ORDER BY group_key`.then((rows) =>
      rows.map((r) => r.terms.map((t) => t.split(" "))),
    );
    synonyms = { at: Date.now(), groups };
    // A failed load is not kept: the next search tries again.
    groups.catch(() => {
      synonyms = null;
    });
  }
  return synonyms.groups;
}

export interface SearchSql {
  /** The draft matches the search. */
  where: Prisma.Sql;
  /** Relevance: higher first. */
  rank: Prisma.Sql;
}

// ts_rank_cd's weights are listed {D, C, B, A}: a word in the symbol counts more than one in the title.
const WEIGHTS = Prisma.raw(`'{0.1, 0.2, 0.4, 1.0}'::float4[]`);

export function searchSqlFor(plan: SearchPlan, alias = "d"): SearchSql {
  const c = (name: string) => Prisma.raw(`${alias}.${name}`);
  const tsq = plan.tsquery === null ? null : Prisma.sql`to_tsquery('simple', ${plan.tsquery})`;
  const any: Prisma.Sql[] = [];
  if (tsq) any.push(Prisma.sql`${c("search_vector")} @@ ${tsq}`);
  if (plan.like) any.push(Prisma.sql`${c("ref")} ILIKE ${plan.like}`, Prisma.sql`${c("symbol")} ILIKE ${plan.like}`);
  if (plan.like && plan.meeting) any.push(Prisma.sql`${c("meeting_id")} = ANY(ARRAY(SELECT m.id FROM meeting m WHERE m.record ILIKE ${plan.like}))`);
  if (plan.resolution !== null) any.push(Prisma.sql`${c("resolution_number")} = ${plan.resolution}`);
  // Ids from a subquery (ANY(ARRAY(…))) rather than EXISTS, so that each part of the OR is an index
  // scan: an EXISTS in the OR read all 318,000 drafts at 100x (2 s).
  if (plan.thai)
    any.push(Prisma.sql`${c("id")} = ANY(ARRAY(SELECT st.draft_id FROM draft_topic st JOIN topic t ON t.slug = st.topic_slug
      WHERE t.label_th ILIKE ${plan.thai}))`);
  const exact: Prisma.Sql[] = [];
  if (plan.symbol) exact.push(Prisma.sql`upper(${c("ref")}) = ${plan.symbol}`, Prisma.sql`upper(${c("symbol")}) = ${plan.symbol}`);
  if (plan.resolution !== null) exact.push(Prisma.sql`${c("resolution_number")} = ${plan.resolution}`);
  const rank = [
    exact.length ? Prisma.sql`CASE WHEN ${Prisma.join(exact, " OR ")} THEN 100 ELSE 0 END` : null,
    plan.like && plan.symbol
      ? Prisma.sql`CASE WHEN ${c("ref")} ILIKE ${plan.like} OR ${c("symbol")} ILIKE ${plan.like} THEN 10 + similarity(${c("ref")}, ${plan.symbol}) ELSE 0 END`
      : null,
    // Drafts matching in their symbol or title rank by ts_rank_cd; the rest (agenda item, topics)
    // are equals, newest first. ts_rank_cd on every match cost 1.2 s for "Gaza" at 100x (14,000
    // drafts, most of them by topic); a second match against the title costs a tenth of that.
    tsq && plan.tsqueryTitle
      ? Prisma.sql`CASE WHEN ${c("search_vector")} @@ to_tsquery('simple', ${plan.tsqueryTitle}) THEN 1 + ts_rank_cd(${WEIGHTS}, ${c("search_vector")}, ${tsq}) ELSE 0 END`
      : null,
  ].filter((x): x is Prisma.Sql => x !== null);
  return {
    where: any.length ? Prisma.sql`(${Prisma.join(any, " OR ")})` : Prisma.sql`FALSE`,
    rank: rank.length ? Prisma.sql`(${Prisma.join(rank, " + ")})` : Prisma.sql`0::float8`,
  };
}

/** The search for what a person typed, with the synonyms of the names in it. */
export async function searchSql(q: string, alias = "d"): Promise<SearchSql> {
  return searchSqlFor(planSearch(q, await loadSynonymGroups()), alias);
}
