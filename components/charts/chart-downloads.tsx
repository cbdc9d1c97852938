"use client";

import { useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { saveBlob, serializeChartSvg, svgToPng } from "./svg-export";

// "Download the chart: SVG · PNG" under a chart: the picture as drawn, with its title, source and
// date of the data written under it (svg-export.ts).
export function ChartDownloads({ container, filename, caption }: { container: RefObject<HTMLElement | null>; filename: string; caption: readonly string[] }) {
  const t = useTranslations("common.embed");
  const [failed, setFailed] = useState(false);
  const chartSvg = () => container.current?.querySelector<SVGSVGElement>("svg.recharts-surface") ?? null;
  const download = async (format: "svg" | "png") => {
    const svg = chartSvg();
    if (!svg) return;
    try {
      const copy = serializeChartSvg(svg, caption);
      const blob = format === "svg" ? new Blob([copy.text], { type: "image/svg+xml" }) : await svgToPng(copy);
      saveBlob(blob, `${filename}.${format}`);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const button =
    "rounded px-2 py-0.5 text-sm text-sky-900 underline underline-offset-2 ring-1 ring-inset ring-slate-300 hover:bg-slate-100 " +
    "dark:text-sky-200 dark:ring-slate-700 dark:hover:bg-slate-800";
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-chart-downloads>
      <span>{t("download")}</span>
      <button type="button" className={button} onClick={() => download("svg")}>
        SVG
      </button>
      <button type="button" className={button} onClick={() => download("png")}>
        PNG
      </button>
      {failed && (
        <span role="alert" className="text-red-800 dark:text-red-300">
          {t("downloadFailed")}
        </span>
      )}
    </p>
  );
}
