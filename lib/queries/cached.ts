import "server-only";
import { unstable_cache } from "next/cache";
import { VOTE_DATA_TAG } from "@/lib/cache-tags";
import { getHeadlineFigures, getInTheNews, getLatestVetoes, getLatestVotes, getMostVetoedTopics } from "@/lib/queries/dashboard";
import { getCoverage, getLatestVoteDate } from "@/lib/queries/coverage";
import { getDatasetSummary } from "@/lib/data/dataset";
import { getFeed } from "@/lib/queries/feeds";
import { getVetoesByTopic, getVetoFilterOptions, getVetoHistory, getVetoTotals, listVetoCasts, listVetoes } from "@/lib/queries/vetoes";

// The dashboard's and the veto pages' queries, cached across requests by Next (unstable_cache,
// keyed by the arguments) until a write invalidates VOTE_DATA_TAG (lib/cache-tags.ts). The plain
// functions stay in their modules for tests and the API; results are JSON (dates are strings).
// Outside a Next server (route handlers called by the integration tests, scripts) there is no
// cache to consult: NEXT_RUNTIME is set by Next alone, and then the plain query runs.
const cached = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string): ((...args: A) => Promise<R>) =>
  process.env.NEXT_RUNTIME ? unstable_cache(fn, [key], { tags: [VOTE_DATA_TAG] }) : fn;

export const getHeadlineFiguresCached = cached(getHeadlineFigures, "getHeadlineFigures");
export const getLatestVotesCached = cached(getLatestVotes, "getLatestVotes");
export const getLatestVetoesCached = cached(getLatestVetoes, "getLatestVetoes");
export const getMostVetoedTopicsCached = cached(getMostVetoedTopics, "getMostVetoedTopics");
export const getInTheNewsCached = cached(getInTheNews, "getInTheNews");
export const getVetoHistoryCached = cached(getVetoHistory, "getVetoHistory");
export const getVetoTotalsCached = cached(getVetoTotals, "getVetoTotals");
export const listVetoesCached = cached(listVetoes, "listVetoes");
export const getVetoesByTopicCached = cached(getVetoesByTopic, "getVetoesByTopic");
export const getVetoFilterOptionsCached = cached(getVetoFilterOptions, "getVetoFilterOptions");
// /api/vetoes: answers from the cache while a long write (a 1,000-draft import) holds the
// embedded database's only session, instead of waiting for it and timing out.
export const listVetoCastsCached = cached(listVetoCasts, "listVetoCasts");
// /coverage, and the "data to" date every page's footer shows.
export const getCoverageCached = cached(getCoverage, "getCoverage");
export const getLatestVoteDateCached = cached(getLatestVoteDate, "getLatestVoteDate");
// /data: the files' sizes are measured by making them, once per write.
export const getDatasetSummaryCached = cached(getDatasetSummary, "getDatasetSummary");
// The Atom feeds (app/[locale]/feeds).
export const getFeedCached = cached(getFeed, "getFeed");
