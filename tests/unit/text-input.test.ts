// lib/validations/text-input.ts: which text is refused before it reaches PostgreSQL, and where.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { firstUnreadableLine } from "@/lib/admin/import-file";
import { storableText, unstorableTextPaths } from "@/lib/validations/text-input";

describe("unstorableTextPaths", () => {
  it.each([
    ["plain text", "Non-proliferation", []],
    ["Thai, emoji, combining marks, tabs and newlines", "รัสเซีย 🇺🇳 e\u0301\t\n", []],
    ["control characters PostgreSQL stores", "\u0001\u001f\u007f", []],
    ["a NUL", "a\u0000b", [[]]],
    ["an undecodable byte (U+FFFD)", "caf\uFFFD", [[]]],
    ["nested", { title: "ok", sources: [{ text: "x" }, { text: "\u0000" }], votes: { RUS: "N" } }, [["sources", 1, "text"]]],
    ["a key", { votes: { "R\u0000S": "N" } }, [["votes"]]],
    ["numbers, booleans, null", { n: 1, b: true, x: null }, []],
    ["under a key Object.prototype has: its parent", JSON.parse('{"votes":{"constructor":"\\u0000","__proto__":["\\u0000"]}}'), [["votes"], ["votes"]]],
  ] as const)("%s", (_name, value, paths) => {
    expect(unstorableTextPaths(value)).toEqual(paths);
  });
});

describe("storableText", () => {
  const schema = storableText(z.object({ code: z.string().regex(/^[A-Z]{3}$/), name: z.string().trim() }));
  it("refuses unstorable text with one issue per field, before the schema's own checks", () => {
    const parsed = schema.safeParse({ code: "R\u0000S", name: "Russia\uFFFD" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["code", "unreadableText"],
      ["name", "unreadableText"],
    ]);
  });
  it("leaves other input to the schema", () => {
    expect(schema.parse({ code: "RUS", name: " Russia " })).toEqual({ code: "RUS", name: "Russia" });
    expect(schema.safeParse({ code: "rus", name: "x" }).error!.issues[0]!.path).toEqual(["code"]);
  });
});

describe("firstUnreadableLine (CSV uploads)", () => {
  it.each([
    ["a,b\n1,2\n", null],
    ["a,b\u0000\n1,2\n", 1],
    ["a,b\n1,2\n3,\uFFFD\n", 3],
    ["a,b\r\n1,\u00002\r\n", 2],
  ])("%j → %s", (text, line) => {
    expect(firstUnreadableLine(text)).toBe(line);
  });
});
