import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const isProduction = process.env.NODE_ENV === "production";

// Inline scripts are Next's own bootstrap; nothing is loaded from other origins. `frameAncestors`:
// who may show the page in a frame (only the embeds may be framed, by anyone).
const contentSecurityPolicy = (frameAncestors) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'" + (isProduction ? "" : " ws: wss:"),
    `frame-ancestors ${frameAncestors}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");

const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") },
  { key: "X-Frame-Options", value: "DENY" },
  ...commonHeaders,
];
// The embeds (/embed/... and /th/embed/..., docs/decisions/015-feeds-and-embeds.md) are made for
// other sites' iframes: any origin may frame them, and X-Frame-Options (which cannot allow every
// origin) is left out. Every other path keeps both refusals.
const embedHeaders = [{ key: "Content-Security-Policy", value: contentSecurityPolicy("*") }, ...commonHeaders];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes every response body in JavaScript for its ETag: 3 ms of CPU for each 380 KB static
  // copy of the dashboard, a fifth of the cost of serving it (CPU profile, bench/NOTES.md). The
  // static copies change only on writes, and browsers revalidate them cheaply without an ETag.
  generateEtags: false,
  // Static copies (docs/decisions/003-static-copies.md) live in this process's memory only, in an LRU
  // of this size: a crawler walking every filter set cannot fill the disk, and a copy can never
  // outlive the process (on disk it would survive a restart after the database was loaded directly,
  // and be shared by every server started from the same build).
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // With REDIS_URL, every instance shares the copies and cached queries through Redis instead
  // (cache-handler.mjs, docs/decisions/010-shared-cache.md). Read when `next start` loads this
  // file, so one build serves both ways.
  cacheHandler: process.env.REDIS_URL ? fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)) : undefined,
  // pg and PGlite are Node libraries, citation-js is CommonJS whose plugins register on its one
  // instance: keep them out of the server bundle.
  serverExternalPackages: [
    "@citation-js/core",
    "@citation-js/plugin-bibtex",
    "@citation-js/plugin-ris",
    "@citation-js/plugin-csl",
    "redis",
    "pg",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@prisma/adapter-pg",
  ],
  experimental: {
    // Refuse oversized form posts to server actions. The CSV import is the largest legitimate one:
    // after a clean check its "import" post carries the file's text twice (the hidden field and the
    // previous state useActionState sends back) plus the check's report, so this must hold
    // 2 × MAX_IMPORT_BYTES (1 MiB, lib/admin/import.ts) and about 150 KB (tests/integration/import-size.test.ts),
    // and 2 × MAX_OFFICIAL_IMPORT_BYTES (2 MiB, the UN Library's voting data, lib/admin/import-official.ts)
    // and its report (tests/integration/import-official.test.ts).
    serverActions: { bodySizeLimit: "5mb" },
    // forbidden() + forbidden.tsx: the admin area answers a wrong role with a real 403 page.
    authInterrupts: true,
    // The browser's router keeps a static page it has seen for this long before asking again (the
    // default is 5 minutes). The busiest pages are static copies, expired by every write; 30 s is
    // Next's minimum, so a reader navigating back within the app sees an edit at most 30 s late.
    staleTimes: { static: 30 },
    isrFlushToDisk: false,
  },
  async headers() {
    // Both lists are complete, and no path gets both: where two rules match, Next sends the headers
    // of both, and a DENY from the general rule would still block the embed.
    return [
      { source: "/((?!embed/|th/embed/).*)", headers: securityHeaders },
      { source: "/embed/:path+", headers: embedHeaders },
      { source: "/th/embed/:path+", headers: embedHeaders },
    ];
  },
};

export default withNextIntl(nextConfig);
