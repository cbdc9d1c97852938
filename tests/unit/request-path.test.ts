// lib/request-path.ts: which request paths are refused before routing, and why that is needed —
// next-intl's own middleware (the one proxy.ts runs) is called here on the paths it mangles.
import fc from "fast-check";
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { MAX_PATH_LENGTH, refusedPathResponse, refusePath } from "@/lib/request-path";

const intl = createMiddleware(routing);

/** Where next-intl sends a request for `path`: its rewrite target (or the path itself). */
function intlTarget(path: string): string {
  const res = intl(new NextRequest(`http://localhost${path}`));
  const rewrite = res.headers.get("x-middleware-rewrite");
  return rewrite ? new URL(rewrite, "http://localhost").pathname : path;
}

const MALFORMED = ["/countries/%E0%A4%A", "/%ZZ", "/resolutions/%", "/api/resolutions/%C0%AE", "/topics/%ED%A0%80", "/th/resolutions/S/2024/%FF"];
const CONTROL = [
  "/countries/%00",
  "/topics/%00",
  "/resolutions/%00",
  "/th/resolutions/%00",
  "/countries/RUS%00",
  "/topics/dprk%0A",
  "/resolutions/S/2024/255%00",
  "/countries/R%09US",
  "/countries/%1F",
  "/countries/%7F",
  "/countries/%20",
  "/resolutions/S/2024/255%20",
  "/api/resolutions/S/2024/255%00",
];
const ACCEPTED = [
  "/",
  "/th",
  "/countries/RUS",
  "/countries/rus",
  "/th/topics/israel-palestine",
  "/resolutions/S/2024/255",
  "/resolutions/S%2FPV.57%3A2",
  "/resolutions/S/RES/1718%20(2006)",
  "/resolutions/1718",
  "/api/resolutions/S/2024/255",
  "/admin/resolutions/S/2023/1029:amendment-1/edit",
  // Left to the routes, which answer 404 themselves: a literal "%00", an encoded slash, Thai text.
  "/countries/%2500",
  "/countries/..%2f",
  "/topics/%E0%B8%81",
];

describe("refusePath", () => {
  it.each(MALFORMED)("%s: a malformed escape is a 400", (path) => {
    expect(refusePath(path)).toEqual({ status: 400, reason: "malformedEscape" });
  });

  it.each(CONTROL)("%s: a control character or a trailing space is a 404", (path) => {
    expect(refusePath(path)).toEqual({ status: 404, reason: "controlCharacter" });
  });

  it("a path longer than MAX_PATH_LENGTH is a 404; the longest real ones are far below it", () => {
    expect(refusePath(`/countries/${"x".repeat(MAX_PATH_LENGTH)}`)).toEqual({ status: 404, reason: "tooLong" });
    expect(refusePath(`/resolutions/${"x".repeat(2_000)}`)).toEqual({ status: 404, reason: "tooLong" });
    // A 60-character ref, every character escaped, on the longest admin route.
    expect(refusePath(`/th/admin/resolutions/${"%28".repeat(60)}/delete`)).toBeNull();
  });

  it.each(ACCEPTED)("%s is left to the routes", (path) => {
    expect(refusePath(path)).toBeNull();
  });

  it("never throws, and refuses with 400 exactly the paths that do not decode", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("%", "0", "A", "E", "f", "Z", "/", "x", "2", "C") }), (tail) => {
        const path = `/countries/${tail}`;
        let decodes = true;
        try {
          path.split("/").forEach((s) => decodeURIComponent(s));
        } catch {
          decodes = false;
        }
        expect(refusePath(path)?.status === 400).toBe(!decodes);
      }),
    );
  });
});

describe("why: next-intl's rewrite drops what refusePath refuses", () => {
  // (DEL, %7F, survives the rewrite; it is refused with the C0 controls all the same.)
  it.each(CONTROL.filter((p) => !p.startsWith("/api/") && !p.endsWith("%7F")))("%s would be served as another page", (path) => {
    const target = intlTarget(path);
    const requested = decodeURIComponent(path.replace(/^\/th(?=\/)/, ""));
    expect(decodeURIComponent(target.replace(/^\/(en|th)(?=\/|$)/, ""))).not.toBe(requested);
  });

  it("every path refusePath lets through keeps its segments through the rewrite", () => {
    // Any text as the segment of a country, topic or draft URL, encoded as a browser would.
    fc.assert(
      fc.property(
        fc.constantFrom("/countries/", "/topics/", "/resolutions/S/2024/", "/th/resolutions/"),
        fc.string({ unit: "binary", maxLength: 40 }),
        (prefix, text) => {
          fc.pre(text !== "" && text !== "." && text !== ".."); // an empty or dot segment is URL syntax, resolved by every client
          const path = prefix + encodeURIComponent(text);
          if (refusePath(path)) return;
          const target = intlTarget(path);
          const last = (p: string) => decodeURIComponent(p.slice(p.lastIndexOf("/") + 1));
          expect(last(target)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("refusedPathResponse", () => {
  const answer = (path: string) => refusedPathResponse(new NextRequest(`http://localhost${path}`));

  it("API paths: JSON with the status", async () => {
    for (const [path, status] of [
      ["/api/resolutions/%E0%A4%A", 400],
      ["/api/resolutions/S/2024/255%00", 404],
    ] as const) {
      const res = answer(path)!;
      expect(res.status, path).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBeTruthy();
    }
  });

  it("pages: a 400 page for malformed escapes, the site's not-found page (a rewrite) for the rest", async () => {
    const bad = answer("/countries/%E0%A4%A")!;
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Bad request");
    for (const [path, locale] of [
      ["/countries/%00", "en"],
      ["/th/resolutions/S/2024/255%00", "th"],
    ] as const) {
      const rewrite = answer(path)!.headers.get("x-middleware-rewrite");
      expect(new URL(rewrite!).pathname, path).toBe(`/${locale}/_refused-path`);
    }
  });

  it("anything else: null (the proxy goes on)", () => {
    for (const path of ACCEPTED) expect(answer(path), path).toBeNull();
  });
});
