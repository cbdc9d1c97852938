// Checks across the files' rows, run once every reader is done and before the drafts are finalized:
// where one file contradicts itself (a symbol used twice, a date out of meeting order), another
// file's value is preferred and the contradiction becomes a DataIssue.
import type { SourceFileName } from "./inputs";
import { groupBy, priority, type Merger } from "./merger";
import { normalizeMeeting } from "./symbols";

/** A symbol that one file gives to two resolutions is wrong for one of them: prefer the other file. */
export function checkDuplicateSymbols(m: Merger, file: SourceFileName): void {
  const bySymbol = groupBy(
    [...m.drafts.values()].filter((d) => d.resolutionNumber !== null && d.facts.symbol.has(file)),
    (d) => d.facts.symbol.get(file)!,
  );
  for (const [symbol, ds] of bySymbol) {
    if (ds.length < 2) continue;
    for (const d of ds) {
      const others = [...d.facts.symbol.entries()].filter(([f, v]) => f !== file && v !== symbol);
      if (others.length === 0) continue;
      const [otherFile, otherSymbol] = others.sort((a, b) => priority(a[0]) - priority(b[0]))[0]!;
      const currentWinner = [...d.facts.symbol.keys()].sort((a, b) => priority(a) - priority(b))[0];
      if (currentWinner === file) d.preferred.symbol = otherFile;
      m.issue({
        ref: d.ref,
        year: d.year,
        sourceFile: file,
        sourceRow: d.rows.get(file)?.[0] ?? d.ref,
        kind: "duplicate-symbol",
        reason:
          `${file} gives draft symbol ${symbol} to ${ds.map((x) => x.ref).join(" and ")}; ` +
          `${otherFile} gives ${d.ref} the symbol ${otherSymbol}, which is kept.`,
        evidence: { symbol, sharedWith: ds.map((x) => x.ref), [otherFile]: otherSymbol },
      });
    }
  }
}

/** Meeting numbers grow with time: a date out of meeting order is suspect (longest ordered run). */
export function checkDateOrder(m: Merger, file: SourceFileName): void {
  const items = [...m.drafts.values()]
    .filter((d) => d.facts.votedOn.has(file) && d.facts.meeting.has(file))
    .map((d) => ({ d, m: normalizeMeeting(d.facts.meeting.get(file)!).number!, date: d.facts.votedOn.get(file)! }))
    .sort((a, b) => a.m - b.m || a.date.localeCompare(b.date));
  // Longest non-decreasing subsequence of dates (O(n^2) is fine for a few hundred rows).
  const len = items.map(() => 1);
  const prev = items.map(() => -1);
  for (let i = 0; i < items.length; i++)
    for (let j = 0; j < i; j++) if (items[j]!.date <= items[i]!.date && len[j]! + 1 > len[i]!) [len[i], prev[i]] = [len[j]! + 1, j];
  let best = len.indexOf(Math.max(...len));
  const inOrder = new Set<number>();
  for (; best >= 0; best = prev[best]!) inOrder.add(best);
  items.forEach((it, i) => {
    if (inOrder.has(i)) return;
    const before = items
      .slice(0, i)
      .filter((_, j) => inOrder.has(j))
      .at(-1);
    const after = items.slice(i + 1).find((_, j) => inOrder.has(i + 1 + j));
    const alternatives = [...it.d.facts.votedOn.entries()].filter(([f, v]) => f !== file && v !== it.date);
    const fitting = alternatives.find(([, v]) => (!before || before.date <= v) && (!after || v <= after.date));
    if (fitting) it.d.preferred.votedOn = fitting[0];
    m.issue({
      ref: it.d.ref,
      year: it.d.year,
      sourceFile: file,
      sourceRow: it.d.rows.get(file)?.[0] ?? it.d.ref,
      kind: "date-out-of-order",
      reason:
        `Dated ${it.date} at meeting S/PV.${it.m}, but ${before ? `S/PV.${before.m} was on ${before.date}` : ""}` +
        `${before && after ? " and " : ""}${after ? `S/PV.${after.m} on ${after.date}` : ""}.` +
        `${fitting ? ` ${fitting[0]} gives ${fitting[1]}, which fits the meeting order and is kept.` : " Kept as recorded."}`,
      evidence: {
        date: it.date,
        meeting: `S/PV.${it.m}`,
        before: before && { meeting: `S/PV.${before.m}`, date: before.date },
        after: after && { meeting: `S/PV.${after.m}`, date: after.date },
        alternatives: Object.fromEntries(alternatives),
      },
    });
  });
}
