// How the agreement table reads (issue 13): pairs with few shared votes are not compared with the
// rest, and the bars start where the figures shown start, so that 62 % and 100 % look different.

/** Below this many shared votes a pair's percentage is shown greyed, after the others, and sets no scale. */
export const MIN_SHARED_VOTES = 20;

/**
 * The bars' axis: from the lowest agreement among the pairs with enough shared votes, rounded
 * down to ten, to 100 %. `from` is at most 90, so that even all-100 % tables draw a scale.
 */
export function agreementAxis(rows: readonly { agreement: number; shared: number }[], minShared = MIN_SHARED_VOTES): { from: number; to: 100 } {
  const counted = rows.filter((r) => r.shared >= minShared).map((r) => r.agreement);
  if (counted.length === 0) return { from: 0, to: 100 };
  return { from: Math.min(90, Math.floor(Math.min(...counted) / 10) * 10), to: 100 };
}

/** A bar's length in percent of its track on that axis (0 below the axis' start). */
export function barLength(agreement: number, axis: { from: number; to: number }): number {
  if (agreement <= axis.from) return 0;
  return Math.min(100, ((agreement - axis.from) / (axis.to - axis.from)) * 100);
}

/** Pairs with enough shared votes first (in the order given), then the others (in the order given). */
export function enoughSharedFirst<T extends { shared: number }>(rows: readonly T[], minShared = MIN_SHARED_VOTES): T[] {
  return [...rows.filter((r) => r.shared >= minShared), ...rows.filter((r) => r.shared < minShared)];
}

// Agreement over time (issue 14): per year of the vote, on the same counting rule.

/** One year of a pair: drafts both voted on (Y, N or A), how many alike, and the share in percent. */
export interface AgreementPoint {
  year: number;
  shared: number;
  same: number;
  /** same / shared in percent, one decimal; null when they shared no vote that year. */
  agreement: number | null;
  /** Fewer than MIN_SHARED_VOTES shared votes: drawn hollow and greyed, never hidden. */
  thin: boolean;
}

/** A pair's yearly counts as points, one per year from `from` to `to` (years without shared votes: agreement null). */
export function agreementPoints(
  rows: readonly { year: number; shared: number; same: number }[],
  range: { from: number; to: number },
  minShared = MIN_SHARED_VOTES,
): AgreementPoint[] {
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const out: AgreementPoint[] = [];
  for (let year = range.from; year <= range.to; year++) {
    const r = byYear.get(year);
    const shared = r?.shared ?? 0;
    const same = r?.same ?? 0;
    out.push({ year, shared, same, agreement: shared > 0 ? Math.round((1000 * same) / shared) / 10 : null, thin: shared < minShared });
  }
  return out;
}

/** Every unordered pair of the given members, in the order given (A–B, A–C, B–C…). */
export function memberPairs<T>(members: readonly T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.push([members[i]!, members[j]!]);
  return pairs;
}
