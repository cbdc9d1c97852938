import "server-only";
import { unstable_cache } from "next/cache";
import { VOTE_DATA_TAG } from "@/lib/cache-tags";
import { getHeadlineFigures, getInTheNews, getLatestVotes, getMostVetoedTopics } from "@/lib/queries/dashboard";
import { getVetoesByTopic, getVetoFilterOptions, getVetoHistory, getVetoTotals, listVetoes } from "@/lib/queries/vetoes";

// The dashboard's and the veto pages' queries, cached across requests by Next (unstable_cache,
// keyed by the arguments) until a write invalidates VOTE_DATA_TAG (lib/cache-tags.ts). The plain
// functions stay in their modules for tests and the API; results are JSON (dates are strings).
const cached = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string) =>
  unstable_cache(fn, [key], { tags: [VOTE_DATA_TAG] });

export const getHeadlineFiguresCached = cached(getHeadlineFigures, "getHeadlineFigures");
export const getLatestVotesCached = cached(getLatestVotes, "getLatestVotes");
export const getMostVetoedTopicsCached = cached(getMostVetoedTopics, "getMostVetoedTopics");
export const getInTheNewsCached = cached(getInTheNews, "getInTheNews");
export const getVetoHistoryCached = cached(getVetoHistory, "getVetoHistory");
export const getVetoTotalsCached = cached(getVetoTotals, "getVetoTotals");
export const listVetoesCached = cached(listVetoes, "listVetoes");
export const getVetoesByTopicCached = cached(getVetoesByTopic, "getVetoesByTopic");
export const getVetoFilterOptionsCached = cached(getVetoFilterOptions, "getVetoFilterOptions");
