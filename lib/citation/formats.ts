// The formats "Cite this" offers, apart from citation-js (lib/citation/format.ts) so that the
// browser's part (components/cite/cite-panel.tsx) does not load it.

export const CITATION_FORMATS = ["text", "bibtex", "ris", "csl"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export type Citations = Record<CitationFormat, string>;

/** The file a format downloads as: extension and media type. */
export const CITATION_FILES: Record<CitationFormat, { ext: string; type: string }> = {
  text: { ext: "txt", type: "text/plain; charset=utf-8" },
  bibtex: { ext: "bib", type: "application/x-bibtex; charset=utf-8" },
  ris: { ext: "ris", type: "application/x-research-info-systems; charset=utf-8" },
  csl: { ext: "json", type: "application/vnd.citationstyles.csl+json; charset=utf-8" },
};
