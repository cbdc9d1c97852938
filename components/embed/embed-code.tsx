"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";

// "Embed": the <iframe> code for another site, to read and copy. A <details> so that it costs
// nothing until opened and works (to read and select) without JavaScript.
export function EmbedCode({ src, title, height }: { src: string; title: string; height: number }) {
  const t = useTranslations("common.embed");
  const id = useId();
  const [copied, setCopied] = useState(false);
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const code = `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard (an insecure origin): the code stays selectable
    }
  };
  return (
    <details className="mt-3 text-sm" data-embed-code>
      <summary className="inline-block cursor-pointer rounded px-2 py-0.5 text-sky-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-100 dark:text-sky-200 dark:ring-slate-700 dark:hover:bg-slate-800">
        {t("button")}
        <span className="sr-only"> ({t("summary")})</span>
      </summary>
      <div className="mt-2 space-y-2">
        <p className="text-slate-600 dark:text-slate-400">{t("hint")}</p>
        <label htmlFor={id} className="block font-medium">
          {t("code")}
        </label>
        <textarea
          id={id}
          readOnly
          rows={3}
          value={code}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
        />
        <button
          type="button"
          onClick={copy}
          className="rounded bg-sky-800 px-3 py-1 font-medium text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950"
        >
          {t("copy")}
        </button>
        <span role="status" className="ml-2">
          {copied ? t("copied") : ""}
        </span>
      </div>
    </details>
  );
}
