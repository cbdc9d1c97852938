// The device cookie: a random token a browser receives when it signs in. Only its SHA-256 is stored
// (sign_in_known_client), so the database never holds a usable token. It proves "this browser
// signed in to this account before" and nothing more: it is no session and opens nothing.
import { createHash, randomBytes } from "node:crypto";
import { KNOWN_CLIENT_MS } from "./throttle";

export const DEVICE_COOKIE = "unsc_sign_in_device";
export const DEVICE_COOKIE_MAX_AGE = KNOWN_CLIENT_MS / 1000;

export function newDeviceToken(): string {
  return randomBytes(24).toString("base64url");
}

/** The stored form of a device cookie, or null for a missing or malformed one. */
export function deviceHash(token: string | null | undefined): string | null {
  return token && /^[A-Za-z0-9_-]{32}$/.test(token) ? createHash("sha256").update(token).digest("hex") : null;
}
