// Standalone copies of a drawn chart, for the download buttons (components/charts/chart-downloads.tsx).
// Recharts draws an <svg> styled by the page's CSS (currentColor, Tailwind classes, the page's
// font): the copy carries the computed styles inline, a white background, and the caption lines
// (title, source, date of the data) below the chart, so that the file says what it shows and where
// it comes from without the page around it.

const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";
const CAPTION_LINE = 18;
const CAPTION_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans Thai', sans-serif";

/** A self-contained SVG document of `svg` as drawn, with `caption` lines under it. */
export function serializeChartSvg(svg: SVGSVGElement, caption: readonly string[]): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute("width")) || 800;
  const chartHeight = Math.round(box.height) || Number(svg.getAttribute("height")) || 320;
  const height = chartHeight + 12 + caption.length * CAPTION_LINE;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  // Interaction state is not part of the picture.
  clone.querySelectorAll("[tabindex]").forEach((el) => el.removeAttribute("tabindex"));
  clone.querySelectorAll(".recharts-tooltip-cursor").forEach((el) => el.remove());

  const doc = document.createElementNS(SVG_NS, "svg");
  doc.setAttribute("xmlns", SVG_NS);
  doc.setAttribute("width", String(width));
  doc.setAttribute("height", String(height));
  doc.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  doc.appendChild(background);
  clone.setAttribute("x", "0");
  clone.setAttribute("y", "0");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(chartHeight));
  clone.removeAttribute("style");
  doc.appendChild(clone);
  caption.forEach((line, i) => {
    const text = document.createElementNS(SVG_NS, "text");
    text.setAttribute("x", "8");
    text.setAttribute("y", String(chartHeight + 12 + (i + 1) * CAPTION_LINE - 5));
    text.setAttribute("font-family", CAPTION_FONT);
    text.setAttribute("font-size", i === 0 ? "13" : "11");
    text.setAttribute("font-weight", i === 0 ? "600" : "400");
    text.setAttribute("fill", i === 0 ? "#0f172a" : "#475569");
    text.textContent = line;
    doc.appendChild(text);
  });
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
  return { text, width, height };
}

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
  target.setAttribute("style", style);
  target.removeAttribute("class");
  // Presentation attributes in currentColor would take the colour of whatever page shows the file.
  for (const attribute of ["fill", "stroke"]) {
    if (target.getAttribute(attribute) === "currentColor") target.setAttribute(attribute, computed.getPropertyValue(attribute));
  }
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** The SVG drawn on a canvas at `scale` (sharp on high-density screens and in print), as a PNG. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.width = svg.width;
    image.height = svg.height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("The chart could not be drawn as an image."));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No canvas to draw on.");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("No PNG."))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `blob` as `filename` through a temporary link (works inside an embedding iframe too). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
