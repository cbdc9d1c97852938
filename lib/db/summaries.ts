// The read summaries (materialized views of prisma/migrations/20261129150000_read_summaries):
// drafts per year and outcome, vetoes per year and seat holder, vetoes per year and topic, and
// pairwise voting agreement, drafts per member and year, and each member's drafts voted against
// (20261130090000_member_against: the country page's veto and "voted against" lists). Every write that changes drafts, votes, vetoes or draft topics must
// call refreshSummaries() after its changes, inside its transaction (the seed does; so must the
// admin write path and the CSV import), or the dashboard, veto history and agreement tables lag.
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export const SUMMARY_VIEWS = ["draft_year_outcome", "veto_holder_year", "veto_topic_year", "member_agreement", "member_year_drafts", "member_against"] as const;

type Executor = Pick<PrismaClient | Prisma.TransactionClient, "$executeRawUnsafe">;

/** Recomputes every summary; CONCURRENTLY keeps readers on the previous contents meanwhile (each view has a unique index). */
export async function refreshSummaries(tx: Executor): Promise<void> {
  for (const view of SUMMARY_VIEWS) await tx.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY "${view}"`);
}
