// The client's address for throttling, taken only from what can be trusted. Next's route handlers
// and server actions never see the socket, and Next copies the peer address into X-Forwarded-For
// only when the client sent none, so the header alone proves nothing: any client can write it.
// TRUSTED_PROXY_HOPS says how many proxies we run in front of the app, each appending the address it
// saw; the client is then the entry that many places from the right. 0 (the default) ignores the
// header: the address is unknown and sign-in is throttled by account (docs/decisions/009).
import { isIP } from "node:net";

/** The header better-auth reads the address from; set by us only, a client's copy is dropped. */
export const CLIENT_ADDRESS_HEADER = "x-unsc-client-address";
export const MAX_PROXY_HOPS = 10;

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_PROXY_HOPS)
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_PROXY_HOPS} (got "${raw}").`);
  return hops;
}

/** IPv4-mapped IPv6 as IPv4; IPv6 reduced to its /64 prefix, which one household or server usually holds whole. */
function normalized(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return mapped[1]!;
  const family = isIP(bare);
  if (family === 4) return bare;
  if (family !== 6) return null;
  const [head = "", tail = ""] = bare.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = bare.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  // Written as an address (prefix::) so that better-auth accepts it as one.
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::`;
}

/** The client address, or null when it cannot be known honestly (0 hops, or fewer entries than proxies). */
export function clientAddress(headers: Headers, hops: number): string | null {
  if (hops <= 0) return null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length < hops) return null;
  return normalized(entries[entries.length - hops]!);
}

/** A copy of the headers carrying our resolved address (never the client's own copy of that header). */
export function withClientAddress(headers: Headers, hops: number): Headers {
  const copy = new Headers(headers);
  copy.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(headers, hops);
  if (address) copy.set(CLIENT_ADDRESS_HEADER, address);
  return copy;
}
