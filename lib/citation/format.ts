import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import type { CslItem } from "./csl";
import type { Citations } from "./formats";

// One CSL-JSON item rendered by citation-js (https://citation.js.org) in the formats "Cite this"
// offers: plain text (APA), BibTeX, RIS and CSL-JSON itself.

/**
 * citation-js breaks RIS values every 70 characters (the 1990s line limit), and readers join the
 * pieces with a space ("Rep ublic"): put each value back on its tag's line, as current RIS allows.
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9]  -( |$)/.test(line) || lines.length === 0 || line === "") lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join("\r\n").trim() + "\r\n";
}

const longDate = (date: CslItem["accessed"]) => {
  const [y, m = 1, d = 1] = date["date-parts"][0];
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
};

export function formatCitations(item: CslItem): Citations {
  const cite = new Cite(item);
  const [y, m, d] = item.accessed["date-parts"][0];
  const accessed = [y, m, d].map((n) => String(n).padStart(2, "0")).join("-");
  // APA gives a page that changes over time a retrieval date; citeproc's APA leaves it out.
  const text = cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim();
  const retrieved = text.endsWith(item.URL) ? `${text.slice(0, -item.URL.length)}Retrieved ${longDate(item.accessed)}, from ${item.URL}` : text;
  // BibTeX has no access date field: citation-js writes it in `note` unless the item has a note.
  const bibtexItem = { ...item, note: `[Online; accessed ${accessed}]${item.note ? `. ${item.note}` : ""}` };
  return {
    text: retrieved,
    bibtex: new Cite(bibtexItem).format("bibtex", { format: "text" }).trim() + "\n",
    ris: unwrapRis(cite.format("ris", { format: "text" })),
    csl: JSON.stringify([item], null, 2) + "\n",
  };
}
