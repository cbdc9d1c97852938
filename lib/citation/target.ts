import { z } from "zod";
import { draftPath } from "@/lib/validations/draft-ref";

// What a "Cite this" block cites: a draft, a member state, a topic or the whole dataset, as the
// query string of /api/cite names it (?draft=S/2024/255, ?country=RUS, ?topic=dprk, ?dataset).

export type CiteTarget = { kind: "draft"; ref: string } | { kind: "country"; code: string } | { kind: "topic"; slug: string } | { kind: "dataset" };

/** The page the target is cited from (without the language prefix). */
export function citePath(target: CiteTarget): string {
  switch (target.kind) {
    case "draft":
      return draftPath(target.ref);
    case "country":
      return `/countries/${target.code}`;
    case "topic":
      return `/topics/${encodeURIComponent(target.slug)}`;
    case "dataset":
      return "/data";
  }
}

/** The query string that names the target for /api/cite. */
export function citeQuery(target: CiteTarget): URLSearchParams {
  switch (target.kind) {
    case "draft":
      return new URLSearchParams({ draft: target.ref });
    case "country":
      return new URLSearchParams({ country: target.code });
    case "topic":
      return new URLSearchParams({ topic: target.slug });
    case "dataset":
      return new URLSearchParams({ dataset: "" });
  }
}

const text = z.string().min(1).max(200);

/** The target a query string names: exactly one of draft, country, topic, dataset; null otherwise. */
export function parseCiteTarget(params: URLSearchParams): CiteTarget | null {
  const named = ["draft", "country", "topic", "dataset"].filter((k) => params.has(k));
  if (named.length !== 1) return null;
  const value = params.get(named[0]!) ?? "";
  if (named[0] === "dataset") return { kind: "dataset" };
  const parsed = text.safeParse(value);
  if (!parsed.success) return null;
  if (named[0] === "draft") return { kind: "draft", ref: parsed.data };
  if (named[0] === "country") return /^[A-Z]{3}$/.test(parsed.data) ? { kind: "country", code: parsed.data } : null;
  return /^[a-z0-9-]+$/.test(parsed.data) ? { kind: "topic", slug: parsed.data } : null;
}
