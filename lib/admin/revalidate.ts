import { revalidatePath, updateTag } from "next/cache";
import { VOTE_DATA_TAG } from "@/lib/cache-tags";

/**
 * After a committed write to drafts, votes, vetoes, topics, members or seats: expire the cached
 * read queries (read-your-writes for the editor) and every rendered page, chart and API response.
 * Call only from Server Actions.
 */
export function revalidateVoteData(): void {
  updateTag(VOTE_DATA_TAG);
  revalidatePath("/", "layout");
}
