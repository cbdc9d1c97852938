// The read summaries. Materialized views (prisma/migrations/20261129150000_read_summaries and
// later): drafts per year and outcome, vetoes per year and seat holder, vetoes per year and topic,
// drafts per member and year, and each member's drafts voted against (the country page's lists).
// Every write that changes drafts, votes, vetoes or draft topics must call refreshSummaries()
// after its changes, inside its transaction (the seed does; so do the admin write path and the CSV
// import), or the dashboard, veto history and country pages lag.
// One table (20261130100000_member_agreement_incremental): pairwise voting agreement, kept by
// adjustAgreement() around each change of a draft's votes, because recomputing it self-joins
// every vote (241 ms a write at 1x, 6.5 s at 100x). Bulk loads rebuild it (rebuildSummaries).
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export const SUMMARY_VIEWS = ["draft_year_outcome", "veto_holder_year", "veto_topic_year", "member_year_drafts", "member_against"] as const;
/** Derived tables: not exported (lib/db/export.ts), rebuilt after a bulk load. */
export const SUMMARY_TABLES = ["member_agreement"] as const;

type Executor = Pick<PrismaClient | Prisma.TransactionClient, "$executeRawUnsafe">;

// The member pairs of some drafts (or all), times a sign: +1 adds them, -1 takes them away; the
// contested columns count only drafts on which at least one member did not vote yes
// (20261203130000_member_agreement_contested). Ordered, so that concurrent writers lock the
// summary's rows in one order.
const COLUMNS = `"code", "other", "shared", "same", "contested_shared", "contested_same"`;
const pairs = (drafts: string | null, sign: string) => `
    SELECT s."member_code" AS "code", o."member_code" AS "other",
           ${sign} * count(*)::int AS "shared", ${sign} * (count(*) FILTER (WHERE o."vote" = s."vote"))::int AS "same",
           ${sign} * (count(*) FILTER (WHERE c."draft_id" IS NOT NULL))::int AS "contested_shared",
           ${sign} * (count(*) FILTER (WHERE c."draft_id" IS NOT NULL AND o."vote" = s."vote"))::int AS "contested_same"
    FROM "vote" s
    JOIN "vote" o ON o."draft_id" = s."draft_id" AND o."member_code" <> s."member_code" AND o."vote" IN ('Y', 'N', 'A')
    LEFT JOIN (SELECT DISTINCT "draft_id" FROM "vote" WHERE "vote" <> 'Y'${drafts ? ` AND "draft_id" = ${drafts}` : ""}) c ON c."draft_id" = s."draft_id"
    WHERE s."vote" IN ('Y', 'N', 'A')${drafts ? ` AND s."draft_id" = ${drafts}` : ""}
    GROUP BY s."member_code", o."member_code"
    ORDER BY 1, 2`;

/** Parameters: $1 the draft ids (int[]), $2 the sign. */
export const ADJUST_AGREEMENT_SQL = `
    INSERT INTO "member_agreement" (${COLUMNS}) ${pairs("ANY($1::int[])", "$2::int")}
    ON CONFLICT ("code", "other") DO UPDATE
        SET "shared" = "member_agreement"."shared" + EXCLUDED."shared", "same" = "member_agreement"."same" + EXCLUDED."same",
            "contested_shared" = "member_agreement"."contested_shared" + EXCLUDED."contested_shared",
            "contested_same" = "member_agreement"."contested_same" + EXCLUDED."contested_same"`;

export const REBUILD_AGREEMENT_SQL = [`DELETE FROM "member_agreement"`, `INSERT INTO "member_agreement" (${COLUMNS}) ${pairs(null, "1")}`] as const;

/** Recomputes every view; CONCURRENTLY keeps readers on the previous contents meanwhile (each view has a unique index). */
export async function refreshSummaries(tx: Executor): Promise<void> {
  for (const view of SUMMARY_VIEWS) await tx.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY "${view}"`);
}

/**
 * Adds (+1) or subtracts (-1) the drafts' member pairs in member_agreement. Call with -1 before a
 * draft's votes are replaced or deleted and with +1 after they are written, in the same transaction.
 */
export async function adjustAgreement(tx: Executor, draftIds: readonly number[], sign: 1 | -1): Promise<void> {
  if (draftIds.length === 0) return;
  await tx.$executeRawUnsafe(ADJUST_AGREEMENT_SQL, [...draftIds], sign);
  // A pair whose last shared draft went away disappears, as from the full aggregate.
  if (sign < 0) await tx.$executeRawUnsafe(`DELETE FROM "member_agreement" WHERE "shared" = 0`);
}

/** After a bulk load (the seed, an import of an export, the bench's scale data): everything from scratch. */
export async function rebuildSummaries(tx: Executor): Promise<void> {
  for (const sql of REBUILD_AGREEMENT_SQL) await tx.$executeRawUnsafe(sql);
  await refreshSummaries(tx);
}
