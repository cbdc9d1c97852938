// annotations.csv: our titles, procedural flags and source links for drafts the other files hold.
import { col, parseCsv } from "../csv";
import { SOURCE_FILES } from "../inputs";
import type { Merger } from "../merger";

const F = SOURCE_FILES;

export function readAnnotations(m: Merger, text: string, knownSourceKeys: Set<string>): void {
  const file = F.annotations;
  for (const r of parseCsv(text, ["ref", "field", "value", "source", "note"], file)) {
    const d = m.drafts.get(col(r, "ref"));
    if (!d) throw new Error(`${file} line ${r.line}: unknown draft ${col(r, "ref")}`);
    const rowId = `line ${r.line}`;
    const value = col(r, "value");
    const source = col(r, "source");
    switch (col(r, "field")) {
      case "title":
        d.title = value;
        break;
      case "procedural":
        d.procedural = value === "true";
        break;
      case "source":
        if (!knownSourceKeys.has(value) && !/^https?:/.test(value)) throw new Error(`${file} line ${r.line}: unknown source ${value}`);
        if (/^https?:/.test(value)) m.linkUrl(d, value, col(r, "note") || undefined);
        else m.sourceNote(d, value, col(r, "note") || undefined);
        break;
      default:
        throw new Error(`${file} line ${r.line}: unknown field ${col(r, "field")}`);
    }
    m.row(d, file, rowId, col(r, "field"));
    if (source && /^https?:/.test(source)) m.linkUrl(d, source, `annotation (${col(r, "field")})`);
  }
}
