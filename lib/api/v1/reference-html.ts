import { openApiDocument } from "./openapi";
import { PROBLEMS, type ProblemKind } from "./problem";

// The API reference at /api/v1/docs: the OpenAPI document rendered as one HTML page on the server.
// No script and nothing from another origin (the site's CSP allows neither); styles inline.

const esc = (s: unknown) =>
  String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
// `code` in descriptions, as the document writes it.
const prose = (s: unknown) => esc(s).replace(/`([^`]+)`/g, "<code>$1</code>");

type Schema = {
  type?: unknown;
  enum?: unknown[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
};

function typeOf(s: Schema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
  if (s.type === "array") return `${s.items ? typeOf(s.items) : "any"}[]`;
  if (Array.isArray(s.type)) return s.type.join(" | ");
  return String(s.type ?? "any");
}

/** The fields of a response body, nested lists for objects and arrays of objects. */
function fields(s: Schema, depth = 0): string {
  const props = s.properties ?? s.items?.properties ?? s.anyOf?.find((x) => x.properties)?.properties;
  if (!props || depth > 3) return "";
  const items = Object.entries(props).map(([name, p]) => {
    const inner = p.anyOf?.find((x) => x.properties || x.items) ?? p;
    return `<li><code>${esc(name)}</code> <span class="t">${esc(typeOf(p))}</span>${p.description ? ` — ${prose(p.description)}` : ""}${fields(inner, depth + 1)}</li>`;
  });
  return `<ul>${items.join("")}</ul>`;
}

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  example?: unknown;
  schema: Schema;
}

export function referenceHtml(): string {
  const doc = openApiDocument();
  const endpoints = Object.entries(doc.paths).map(([path, { get: op }]) => {
    const params = op.parameters as Parameter[];
    const rows = params
      .map((p) => {
        const bounds = [
          p.schema.minimum !== undefined && p.schema.minimum > -1e15 ? `≥ ${p.schema.minimum}` : "",
          p.schema.maximum !== undefined && p.schema.maximum < 1e15 ? `≤ ${p.schema.maximum}` : "",
        ]
          .filter(Boolean)
          .join(", ");
        return `<tr><td><code>${esc(p.name)}</code>${p.required ? " (required)" : ""}</td><td>${esc(p.in)}</td><td>${esc(typeOf(p.schema))}${bounds ? ` (${esc(bounds)})` : ""}${p.schema.default !== undefined ? `, default ${esc(JSON.stringify(p.schema.default))}` : ""}</td><td>${prose(p.description)}${p.example !== undefined ? ` Example: <code>${esc(p.example)}</code>` : ""}</td></tr>`;
      })
      .join("");
    const example = path.replace("{ref}", "S/2024/255").replace("{code}", "RUS");
    const ok = op.responses["200"] as { content: Record<string, { schema: Schema }> };
    const statuses = Object.keys(op.responses).join(", ");
    return `<section id="${esc(op.operationId)}"><h2><span class="m">GET</span> <code>${esc(path)}</code></h2>
<p><strong>${esc(op.summary)}.</strong> ${prose(op.description)}</p>
${rows ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ""}
<p>Try it: <a href="${esc(example)}"><code>${esc(example)}</code></a>${ok.content["text/csv"] ? ` · CSV: <a href="${esc(example)}?format=csv"><code>?format=csv</code></a>` : ""}</p>
<p>Answers: ${esc(statuses)}.</p>
<details><summary>Fields of the JSON answer</summary>${fields(ok.content["application/json"]!.schema)}</details></section>`;
  });
  const problems = (Object.keys(PROBLEMS) as ProblemKind[])
    .map(
      (k) =>
        `<li id="problem-${k}"><code>${PROBLEMS[k].status}</code> ${esc(PROBLEMS[k].title)} (<code>type</code> <code>/api/v1/docs#problem-${k}</code>)</li>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)} — reference</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
code{font-family:ui-monospace,monospace;font-size:.92em;background:#f3f4f6;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;width:100%;font-size:.95em}th,td{border:1px solid #d1d5db;padding:.3rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #e5e7eb;margin-top:2rem}.m{background:#1d4ed8;color:#fff;padding:0 .4em;border-radius:3px;font-size:.8em}
.t{color:#4b5563;font-size:.9em}a{color:#1d4ed8}</style></head>
<body><header><p><a href="/">UNSC Vote Tracker</a></p><h1>${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1>
<p>${prose(doc.info.description)}</p>
<p>The machine-readable description: <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a> (OpenAPI 3.1).</p>
<h2>Conventions</h2><ul>
<li>Pages of drafts: follow <code>next</code> (also in the <code>Link</code> header) as <code>cursor</code> until it is null.</li>
<li>Caching: <code>ETag</code> and <code>Last-Modified</code> on every answer; send <code>If-None-Match</code> or <code>If-Modified-Since</code> and get <code>304 Not Modified</code> when nothing changed.</li>
<li>Rate limit: <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code> (seconds) on every answer; over the limit, <code>429</code> with <code>Retry-After</code>.</li>
<li>CORS: any origin may read every answer (<code>Access-Control-Allow-Origin: *</code>).</li>
<li>The older addresses <code>/api/resolutions/…</code> and <code>/api/vetoes</code> keep working.</li>
</ul>
<h2 id="problems">Errors</h2><p>Errors are RFC 9457 problem details (<code>application/problem+json</code>): <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>, and for invalid parameters <code>errors</code>, a list of <code>{ name, reason }</code>.</p><ul>${problems}</ul></header>
<main>${endpoints.join("\n")}</main></body></html>`;
}
