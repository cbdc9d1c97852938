// Tags of the cached read queries (lib/queries/cached.ts). Every write that changes drafts, votes,
// vetoes, topics or member/seat names must invalidate VOTE_DATA_TAG after it commits:
// in a Server Action `updateTag(VOTE_DATA_TAG)` (read-your-writes), elsewhere
// `revalidateTag(VOTE_DATA_TAG, "max")` (from "next/cache").
export const VOTE_DATA_TAG = "vote-data";
