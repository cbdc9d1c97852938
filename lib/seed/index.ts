// The seed: read data/, merge the sources into one dataset (pure, lib/seed/merge.ts), write it
// (lib/seed/write.ts). Idempotent: a second run inserts nothing and writes no audit entry.
import type { PrismaClient } from "../generated/prisma/client";
import { readSeedInputs, DEFAULT_DATA_DIR } from "./inputs";
import { buildDataset } from "./merge";
import type { SeedDataset, SeedIssue } from "./types";
import { writeDataset, type WriteCounts } from "./write";
import { writeSynonyms } from "./synonyms";

export interface SeedIssueSummary {
  kind: string;
  sourceFile: string;
  sourceRow: string;
  ref: string | null;
  year: number | null;
  reason: string;
}

export interface SeedReport {
  /** Totals in the dataset built from data/ (not only what this run inserted). */
  drafts: number;
  votes: number;
  vetoes: number;
  issues: number;
  /** Rows this run inserted, per table (all zero on a second run). */
  inserted: WriteCounts;
  /** Search synonyms added, changed or removed (data/search-synonyms.csv; 0 on a second run). */
  synonymsChanged: number;
  vetoesByMember: Record<string, number>;
  issueKinds: Record<string, number>;
  /** Every flagged row and disagreement, for the import report. */
  issueList: SeedIssueSummary[];
  timings: { readMs: number; mergeMs: number; writeMs: number; totalMs: number };
}

export function summarizeIssues(issues: readonly SeedIssue[]): SeedIssueSummary[] {
  return issues.map(({ kind, sourceFile, sourceRow, ref, year, reason }) => ({ kind, sourceFile, sourceRow, ref, year, reason }));
}

export function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

export async function seedDatabase(
  prisma: PrismaClient,
  opts: { log?: (m: string) => void; dataDir?: string; dataset?: SeedDataset } = {},
): Promise<SeedReport> {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const inputs = opts.dataset ? null : await readSeedInputs(opts.dataDir ?? DEFAULT_DATA_DIR);
  const t1 = performance.now();
  const ds = opts.dataset ?? buildDataset(inputs!);
  const t2 = performance.now();
  log(`merged ${ds.drafts.length} drafts, ${ds.issues.length} data issues in ${Math.round(t2 - t1)} ms`);
  const inserted = await writeDataset(prisma, ds, log);
  const synonymsChanged = await writeSynonyms(prisma, opts.dataDir ?? DEFAULT_DATA_DIR);
  const t3 = performance.now();
  log(`wrote in ${Math.round(t3 - t2)} ms`);
  return {
    drafts: ds.drafts.length,
    votes: ds.drafts.reduce((n, d) => n + d.votes.length, 0),
    vetoes: ds.drafts.reduce((n, d) => n + d.vetoes.length, 0),
    issues: ds.issues.length,
    inserted,
    synonymsChanged,
    vetoesByMember: countBy(
      ds.drafts.flatMap((d) => d.vetoes),
      (m) => m,
    ),
    issueKinds: countBy(ds.issues, (i) => i.kind),
    issueList: summarizeIssues(ds.issues),
    timings: { readMs: Math.round(t1 - t0), mergeMs: Math.round(t2 - t1), writeMs: Math.round(t3 - t2), totalMs: Math.round(t3 - t0) },
  };
}

export { buildDataset } from "./merge";
export { readSeedInputs } from "./inputs";
export type { SeedDataset } from "./types";
