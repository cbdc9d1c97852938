import { z } from "zod";
import type { DraftKey } from "@/lib/queries/drafts";

// The opaque `cursor` of GET /api/v1/drafts: base64url of the last row's sort key and id. A page
// starts after that key, not at an offset, so drafts inserted or deleted meanwhile never shift a
// walk (no row seen twice, none skipped among those present throughout). The sort is part of the
// cursor: a cursor of one order is refused for another.

const isoDate = z.iso.date().nullable();
const KeySchema = z.discriminatedUnion("sort", [
  z.object({ sort: z.enum(["date-desc", "date-asc"]), year: z.number().int(), date: isoDate, id: z.number().int() }),
  z.object({ sort: z.literal("relevance"), rank: z.number(), year: z.number().int(), date: isoDate, id: z.number().int() }),
  z.object({ sort: z.literal("symbol"), ref: z.string().min(1).max(200) }),
]);

// Short array form keeps URLs short: [version, sort, ...keys].
const VERSION = 1;

export function encodeCursor(key: DraftKey): string {
  const parts =
    key.sort === "symbol"
      ? [VERSION, key.sort, key.ref]
      : key.sort === "relevance"
        ? [VERSION, key.sort, key.rank, key.year, key.date, key.id]
        : [VERSION, key.sort, key.year, key.date, key.id];
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

/** The key a cursor carries, or null for anything this API did not hand out. */
export function decodeCursor(cursor: string): DraftKey | null {
  if (cursor.length > 400 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts[0] !== VERSION) return null;
  const [, sort, ...rest] = parts as [number, unknown, ...unknown[]];
  const candidate =
    sort === "symbol"
      ? { sort, ref: rest[0] }
      : sort === "relevance"
        ? { sort, rank: rest[0], year: rest[1], date: rest[2], id: rest[3] }
        : { sort, year: rest[0], date: rest[1], id: rest[2] };
  const expected = sort === "symbol" ? 1 : sort === "relevance" ? 4 : 3;
  if (rest.length !== expected) return null;
  const parsed = KeySchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
