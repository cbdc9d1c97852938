// Which HTTP methods the site answers, and the one that must be refused before Next sees it.
import http from "node:http";

/** The methods each part of the site answers; every other method is a 405 with this Allow list. */
export function allowedMethods(pathname: string): readonly string[] {
  if (pathname === "/api/auth" || pathname.startsWith("/api/auth/")) return ["GET", "HEAD", "OPTIONS", "POST"];
  if (pathname === "/api" || pathname.startsWith("/api/")) return ["GET", "HEAD", "OPTIONS"];
  return ["GET", "HEAD", "POST"]; // pages; POST is a server action
}

// Methods the Fetch standard forbids: Next cannot even build the Request it hands the proxy, and
// answers 500 ("'TRACE' HTTP method is unsupported"). CONNECT never reaches a request handler, and
// Node's parser refuses TRACK with a 400; TRACE is the one that gets this far.
const UNCONSTRUCTIBLE = new Set(["TRACE", "TRACK", "CONNECT"]);

const state = globalThis as unknown as { __unscMethodGuard?: boolean };

/**
 * Answers those methods 405 (with Allow) in front of Next's request handler, by wrapping the
 * "request" event of Node's HTTP servers. Installed once per process from instrumentation.ts.
 */
export function installMethodGuard(): void {
  if (state.__unscMethodGuard) return;
  state.__unscMethodGuard = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (req.method && UNCONSTRUCTIBLE.has(req.method)) {
        const pathname = (req.url ?? "/").split("?")[0]!;
        res.writeHead(405, { allow: allowedMethods(pathname).join(", "), "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
        res.end("Method not allowed.\n");
        req.resume();
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof http.Server.prototype.emit;
}
