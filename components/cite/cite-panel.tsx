"use client";

import { useEffect, useState } from "react";
import { CITATION_FORMATS, type CitationFormat, type Citations } from "@/lib/citation/formats";

// The "Cite this" blocks with copy buttons and download links (/api/cite). The server rendered
// them with its access date; a static copy may be older than today, so the browser asks /api/cite
// for today's citation when the dates differ (UTC, as the server counts).

type Labels = { formats: Record<CitationFormat, string>; copy: string; copied: string; download: Record<CitationFormat, string> };

export function CitePanel(props: { heading: string; intro: string; accessed: string; query: string; initial: Citations; labels: Labels }) {
  const [citations, setCitations] = useState(props.initial);
  const [copied, setCopied] = useState<CitationFormat | null>(null);

  useEffect(() => {
    if (new Date().toISOString().slice(0, 10) === props.accessed) return;
    const controller = new AbortController();
    fetch(`/api/cite?${props.query}&format=all`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ citations: Citations }>) : null))
      .then((body) => body && setCitations(body.citations))
      .catch(() => {}); // keep the server's citation
    return () => controller.abort();
  }, [props.accessed, props.query]);

  const copy = async (format: CitationFormat) => {
    await navigator.clipboard.writeText(citations[format]);
    setCopied(format);
  };

  return (
    <section aria-labelledby="cite-h" className="mt-10 rounded-lg border border-slate-200 p-4 dark:border-slate-800" id="cite">
      <h2 id="cite-h" className="text-xl font-semibold">
        {props.heading}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{props.intro}</p>
      {CITATION_FORMATS.map((format) => (
        <details key={format} className="mt-3" open={format === "text"}>
          <summary className="cursor-pointer font-medium">{props.labels.formats[format]}</summary>
          <pre
            className="mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-xs whitespace-pre-wrap dark:bg-slate-900"
            aria-label={props.labels.formats[format]}
            data-format={format}
          >
            {citations[format]}
          </pre>
          <div className="mt-2 flex flex-wrap gap-3 text-sm">
            <button type="button" onClick={() => void copy(format)} className="rounded border border-slate-300 px-2 py-1 dark:border-slate-700">
              {copied === format ? props.labels.copied : props.labels.copy} <span className="sr-only">{props.labels.formats[format]}</span>
            </button>
            <a href={`/api/cite?${props.query}&format=${format}`} download className="py-1 text-sky-900 underline underline-offset-2 dark:text-sky-200">
              {props.labels.download[format]}
            </a>
          </div>
        </details>
      ))}
    </section>
  );
}
