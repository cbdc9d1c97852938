import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every user-facing string exists in English and in Thai: the same keys in each namespace file.
const dir = path.resolve(__dirname, "../../messages");

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

const read = (locale: string, file: string) => keyPaths(JSON.parse(readFileSync(path.join(dir, locale, file), "utf8"))).sort();

describe("messages", () => {
  it.each(readdirSync(path.join(dir, "en")))("%s has the same keys in English and Thai", (file) => {
    expect(read("th", file)).toEqual(read("en", file));
  });
});
