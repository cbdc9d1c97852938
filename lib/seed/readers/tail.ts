// sc-votes-1992-2026-tail.csv: every draft put to the vote from 2022 (UN Digital Library records via
// oliverunv), members by name.
import { col, parseCsv } from "../csv";
import { SOURCE_FILES } from "../inputs";
import { groupBy, TAIL_VOTE, type DraftBuild, type Merger } from "../merger";
import { isWellFormedResolutionLabel, parseResolutionNumber, resolutionSymbol } from "../symbols";
import type { SeedVote } from "../types";

const F = SOURCE_FILES;

export function readTail(m: Merger, text: string): void {
  const file = F.tail;
  const rows = parseCsv(text, ["item_id", "date", "resolution", "draft", "outcome", "agenda_item", "category", "region", "member", "vote"], file);
  for (const [itemId, group] of groupBy(rows, (r) => col(r, "item_id"))) {
    const first = group[0]!;
    const rowId = `item_id ${itemId}`;
    const date = col(first, "date");
    const year = Number(date.slice(0, 4));
    const label = col(first, "resolution").trim();
    const symbol = col(first, "draft").trim();
    const outcome = col(first, "outcome");
    let d: DraftBuild;
    if (label) {
      const n = parseResolutionNumber(label);
      if (n === null) throw new Error(`${file} line ${first.line}: bad resolution "${label}"`);
      const labelYear = Number(/\((\d{4})/.exec(label)?.[1] ?? year);
      d = m.draft(resolutionSymbol(n, labelYear), { year, resolutionNumber: n });
      d.recordedOutcome.push({ outcome: "ADOPTED", file, row: rowId });
      if (!isWellFormedResolutionLabel(label))
        m.issue({
          ref: d.ref,
          year,
          sourceFile: file,
          sourceRow: rowId,
          kind: "malformed-value",
          reason: `Resolution written "${label}"; read as resolution ${n} (${labelYear}).`,
          evidence: { resolution: label },
        });
    } else {
      if (!symbol) throw new Error(`${file} line ${first.line}: a draft that was not adopted has no symbol`);
      d = m.draft(symbol, { year });
      d.recordedOutcome.push({ outcome: /veto/i.test(outcome) ? "VETOED" : "FAILED", file, row: rowId });
    }
    m.row(d, file, rowId, `outcome: ${outcome}`);
    m.fact(d, "votedOn", file, date);
    m.fact(d, "symbol", file, symbol);
    d.agendaItem ??= col(first, "agenda_item") || null;
    d.topicTexts.push(col(first, "agenda_item"));
    // Not m.codedVotes: members by name and votes as words (Yes, No, Abstain).
    const votes: SeedVote[] = group.map((r) => {
      const v = TAIL_VOTE[col(r, "vote")];
      if (!v) throw new Error(`${file} line ${r.line}: bad vote "${col(r, "vote")}"`);
      const member = m.codeFromName(col(r, "member"), file, `line ${r.line}`);
      m.observe(member, date, year, col(r, "member"), file);
      return { member, vote: v, nameAtTime: col(r, "member") };
    });
    d.grids.push({ file, row: rowId, votes, partial: false });
  }
}
