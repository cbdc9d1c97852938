import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  parse,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";

// Every user-facing string exists in English and in Thai: the same keys in each namespace file, and
// each message asks for the same values ({placeholders}) and wraps the same <tags> in both languages.
const dir = path.resolve(__dirname, "../../messages");

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

const load = (locale: string, file: string): unknown => JSON.parse(readFileSync(path.join(dir, locale, file), "utf8"));
const read = (locale: string, file: string) => keyPaths(load(locale, file)).sort();

/** Each message (a leaf string, also inside a list) by its dotted path. */
function messages(value: unknown, prefix = ""): Map<string, string> {
  if (typeof value === "string") return new Map([[prefix, value]]);
  if (typeof value !== "object" || value === null) return new Map();
  return new Map(Object.entries(value).flatMap(([k, v]) => [...messages(v, prefix ? `${prefix}.${k}` : k)]));
}

/** The values a message needs and the tags it wraps, as next-intl's parser reads it (plural and select branches included). */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (isLiteralElement(el) || isPoundElement(el)) continue;
      found.add(isTagElement(el) ? `<${el.value}>` : `{${el.value}}`);
      if (isTagElement(el)) walk(el.children);
      if (isPluralElement(el) || isSelectElement(el)) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const files = readdirSync(path.join(dir, "en"));

describe("messages", () => {
  it.each(files)("%s has the same keys in English and Thai", (file) => {
    expect(read("th", file)).toEqual(read("en", file));
  });

  it.each(files)("%s asks for the same {placeholders} and <tags> in English and Thai", (file) => {
    const en = messages(load("en", file));
    const th = messages(load("th", file));
    const differ = [...en]
      .filter(([key]) => th.has(key))
      .map(([key, text]) => ({ key, en: placeholders(text), th: placeholders(th.get(key)!) }))
      .filter((m) => m.en.join() !== m.th.join());
    expect(differ).toEqual([]);
  });
});

describe("Thai wording", () => {
  const thai = files.flatMap((file) => [...messages(load("th", file))].map(([key, text]) => ({ key: `${file}:${key}`, text })));

  it("names the veto one way: การใช้สิทธิยับยั้ง / ถูกยับยั้ง, never วีโต้", () => {
    expect(thai.filter((m) => /วีโต/.test(m.text)).map((m) => m.key)).toEqual([]);
  });

  it("writes years in the Buddhist era (document symbols such as S/2024/255 or 1874 (2009) aside)", () => {
    // A Common Era year in running text: 1940–2039 not inside a symbol (after "/" or "(", or before "/" as in 2024/255) or a licence's ©.
    const ce = /(?<![/(\d])(?<!© )\b(19[4-9]\d|20[0-3]\d)\b(?![)/])/;
    expect(thai.filter((m) => ce.test(m.text.replace(/ข้อมติที่ \d+/g, ""))).map((m) => m.key)).toEqual([]);
  });
});
