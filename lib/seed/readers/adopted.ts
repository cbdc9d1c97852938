// sc-votes-adopted.csv: resolutions 1-2617 as the UN Digital Library records them (scraped), one row
// per member's vote.
import { col, parseCsv } from "../csv";
import { SOURCE_FILES } from "../inputs";
import { groupBy, type Merger } from "../merger";
import { parseResolutionNumber, resolutionSymbol } from "../symbols";

const F = SOURCE_FILES;

export function readAdopted(m: Merger, text: string): void {
  const file = F.adopted;
  const rows = parseCsv(text, ["resolution", "date", "description", "member_iso3", "member_name", "permanent", "vote", "undl_id"], file);
  for (const [label, group] of groupBy(rows, (r) => col(r, "resolution"))) {
    const first = group[0]!;
    const n = parseResolutionNumber(label);
    const date = col(first, "date");
    const year = Number(date.slice(0, 4));
    if (n === null) throw new Error(`${file} line ${first.line}: bad resolution "${label}"`);
    const d = m.draft(resolutionSymbol(n, Number(/\((\d{4})\)/.exec(label)?.[1] ?? year)), { year, resolutionNumber: n });
    m.row(d, file, label);
    m.fact(d, "votedOn", file, date);
    d.title ??= col(first, "description") || null;
    d.undlId ??= col(first, "undl_id") || null;
    d.topicTexts.push(col(first, "description"));
    d.recordedOutcome.push({ outcome: "ADOPTED", file, row: label });
    const votes = m.codedVotes(file, group, { vote: "vote", code: "member_iso3", name: "member_name" }, date, year);
    m.checkPermanentFlag(
      d,
      file,
      label,
      votes.map((v, i) => ({ code: v.member, permanent: col(group[i]!, "permanent") === "true" })),
      date,
    );
    m.checkResolutionDescription(d, file, label, col(first, "description"), n, year);
    if (votes.every((v) => v.vote === "X")) {
      d.explicitModality = { modality: "NO_ROLL_CALL", file, why: "all members X" };
      m.issue({
        ref: d.ref,
        year,
        sourceFile: file,
        sourceRow: label,
        kind: "no-roll-call",
        reason:
          `All ${votes.length} members are X (totals 0-0-0-${votes.length}): the source has no roll call for this resolution. ` +
          `Stored as adopted with modality NO_ROLL_CALL and no member votes, not as ${votes.length} absences. ` +
          "Many such resolutions were adopted without a vote; some (e.g. 726 and 728 (1992)) were unanimous recorded votes.",
        evidence: { undlId: col(first, "undl_id"), votes: Object.fromEntries(votes.map((v) => [v.member, v.vote])) },
      });
    } else d.grids.push({ file, row: label, votes, partial: false });
    if (date.endsWith("-01-01"))
      m.issue({
        ref: d.ref,
        year,
        sourceFile: file,
        sourceRow: label,
        kind: "date-placeholder",
        reason:
          `Dated ${date}: the Council does not meet on 1 January; the date is a placeholder` +
          `${n === 726 ? " (resolution 726 (1992) was adopted on 6 January 1992)" : ""}. Kept as recorded.`,
        evidence: { date },
      });
  }
}
