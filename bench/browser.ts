// Browser-side figures against a running production server: first-load JS per page (the gzip
// sizes of the script chunks the page's HTML loads in a current browser; the `noModule` polyfills
// only legacy browsers fetch are reported apart), the size
// of the serialized messages passed to NextIntlClientProvider, and Lighthouse 12 (performance,
// accessibility) on / and /resolutions/S/2024/255.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const JS_PAGES = ["/", "/vetoes", "/resolutions?country=RUS&from=2000", "/resolutions/S/2024/255", "/countries/RUS"] as const;
export const LIGHTHOUSE_PAGES = ["/", "/resolutions/S/2024/255"] as const;

export interface FirstLoadJs {
  page: string;
  scripts: number;
  gzipBytes: number;
  rawBytes: number;
  htmlGzipBytes: number;
  /** Legacy-browser polyfills (`<script noModule>`): modern browsers never download them, so they are not in gzipBytes. */
  noModuleGzipBytes: number;
  /** Bytes of the inline messages payload the page hands to NextIntlClientProvider (raw, approximate: the JSON in the flight data). */
  messagesBytes: number;
}

export async function firstLoadJs(base: string, page: string): Promise<FirstLoadJs> {
  const html = await (await fetch(base + page)).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  const legacy = new Set(tags.filter((m) => /\snoModule/i.test(m[0])).map((m) => m[1]!));
  const srcs = [...new Set(tags.map((m) => m[1]!))].filter((src) => !legacy.has(src));
  const gzipOf = async (src: string) => {
    const buf = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
  };
  let gz = 0;
  let raw = 0;
  for (const src of srcs) {
    const size = await gzipOf(src);
    raw += size.raw;
    gz += size.gz;
  }
  let noModuleGzipBytes = 0;
  for (const src of legacy) noModuleGzipBytes += (await gzipOf(src)).gz;
  // The messages object appears in the RSC payload as "messages":{...}; measure its JSON text.
  const m = html.indexOf('messages\\":{');
  let messagesBytes = 0;
  if (m >= 0) {
    let depth = 0;
    let i = html.indexOf("{", m);
    const start = i;
    for (; i < html.length; i++) {
      if (html[i] === "{") depth++;
      else if (html[i] === "}" && --depth === 0) break;
    }
    messagesBytes = i - start + 1;
  }
  return {
    page,
    scripts: srcs.length,
    gzipBytes: gz,
    rawBytes: raw,
    noModuleGzipBytes,
    htmlGzipBytes: gzipSync(Buffer.from(html), { level: 9 }).length,
    messagesBytes,
  };
}

export interface LighthouseResult {
  page: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  failedA11yAudits: string[];
}

export function lighthouse(base: string, page: string): LighthouseResult {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "lh-")), "report.json");
  execFileSync(
    "node_modules/.bin/lighthouse",
    [
      base + page,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility",
      "--chrome-path=/usr/bin/chromium",
      "--chrome-flags=--headless --no-sandbox --disable-gpu",
    ],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" } },
  );
  const lhr = JSON.parse(readFileSync(out, "utf8"));
  const failed = Object.values(lhr.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>)
    .filter((a) => lhr.categories.accessibility.auditRefs.some((r: { id: string }) => r.id === a.id) && a.scoreDisplayMode === "binary" && a.score === 0)
    .map((a) => a.id);
  return {
    page,
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue),
    cls: Math.round(lhr.audits["cumulative-layout-shift"].numericValue * 1000) / 1000,
    failedA11yAudits: failed,
  };
}
