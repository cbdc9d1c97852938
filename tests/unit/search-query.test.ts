import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildTsQuery, MAX_SEARCH_WORDS, planSearch, searchTokens, type SynonymGroup } from "@/lib/search/query";
import { parseSynonyms } from "@/lib/seed/synonyms";

const DPRK: SynonymGroup = [["dprk"], ["north", "korea"], ["democratic", "people", "s", "republic", "of", "korea"]];
const PALESTINE: SynonymGroup = [["gaza"], ["palestine"], ["palestinian"]];

describe("searchTokens", () => {
  it.each([
    ["North Korea", ["north", "korea"]],
    ["Democratic People's Republic of Korea", ["democratic", "people", "s", "republic", "of", "korea"]],
    ["Côte d'Ivoire", ["côte", "d", "ivoire"]],
    ["S/2024/255", ["s", "2024", "255"]],
    ["เกาหลีเหนือ", ["เกาหลีเหนือ"]], // Thai vowel and tone marks stay inside the word
    ["a & b | !c :* 'd' \\e (f) <-> g", ["a", "b", "c", "d", "e", "f", "g"]],
    ["", []],
    ["&|!:*()'\\", []],
  ])("%s", (text, words) => expect(searchTokens(text)).toEqual(words));
});

describe("buildTsQuery", () => {
  it.each([
    [["gaza"], [], "gaza:*"],
    [["security", "coun"], [], "security & coun:*"],
    [["north", "korea"], [DPRK], "(dprk | (north & korea) | (democratic & people & s & republic & of & korea))"],
    [["north", "korea", "sanctions"], [DPRK], "(dprk | (north & korea) | (democratic & people & s & republic & of & korea)) & sanctions:*"],
    [["gaza", "ceasefire"], [DPRK, PALESTINE], "(gaza | palestine | palestinian) & ceasefire:*"],
    [["north"], [DPRK], "north:*"], // a part of a name is an ordinary word
    [["gaza", "gaza"], [PALESTINE], "(gaza | palestine | palestinian)"],
    [[], [DPRK], null],
  ] as const)("%j", (words, groups, expected) => expect(buildTsQuery(words, groups)).toBe(expected));

  it("restricts every word to the weights asked", () => {
    expect(buildTsQuery(["north", "korea", "sanc"], [DPRK], "AB")).toBe(
      "(dprk:AB | (north:AB & korea:AB) | (democratic:AB & people:AB & s:AB & republic:AB & of:AB & korea:AB)) & sanc:*AB",
    );
    expect(planSearch("Gaza", [PALESTINE]).tsqueryTitle).toBe("(gaza:AB | palestine:AB | palestinian:AB)");
  });

  it("holds nothing but words and its own operators, whatever the input", () => {
    const hostile = ["'; DROP TABLE draft; --", "a:*b", "!!!", "x | y & !z", "\\\\'", "<->", "(((", "a'b'c", "ก".repeat(600), "x".repeat(500)];
    for (const q of hostile) {
      const plan = planSearch(q, [DPRK]);
      if (plan.tsquery) expect(plan.tsquery).toMatch(/^[\p{L}\p{M}\p{Nd}&|<>\-:*() ]+$/u);
      if (plan.tsquery) expect(plan.tsquery).not.toMatch(/['\\!]/);
    }
  });

  it("searches at most MAX_SEARCH_WORDS words of a long paste", () => {
    const plan = planSearch(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "));
    expect(plan.tsquery!.split(" & ")).toHaveLength(MAX_SEARCH_WORDS);
  });
});

describe("planSearch: symbols, resolutions and meetings", () => {
  it.each([
    ["S/2024/255", { symbol: "S/2024/255", like: "%S/2024/255%", resolution: null, meeting: false }],
    ["s / 2024 / 255", { symbol: "S/2024/255", like: "%S/2024/255%", resolution: null, meeting: false }],
    ["2024/255", { symbol: "2024/255", like: "%2024/255%", resolution: null, meeting: false }],
    ["S/RES/2719", { symbol: "S/RES/2719", like: "%S/RES/2719%", resolution: 2719, meeting: false }],
    ["RES 2719", { symbol: null, like: null, resolution: 2719, meeting: false }],
    ["resolution 2719 (2024)", { symbol: null, like: null, resolution: 2719, meeting: false }],
    ["1718", { symbol: "1718", like: "%1718%", resolution: 1718, meeting: false }],
    ["S/PV.9591", { symbol: "S/PV.9591", like: "%S/PV.9591%", resolution: null, meeting: true }],
    ["PV 9591", { symbol: "S/PV.9591", like: "%S/PV.9591%", resolution: null, meeting: true }],
    ["S/20_4%", { symbol: null, like: null, resolution: null, meeting: false }],
    ["North Korea", { symbol: null, like: null, resolution: null, meeting: false }],
  ])("%s", (q, expected) => expect(planSearch(q)).toMatchObject(expected));

  it("never takes LIKE wildcards for a symbol", () => {
    expect(planSearch("S/2024_1/255").like).toBeNull();
    expect(planSearch("S/%/255").like).toBeNull();
  });

  it("matches Thai inside words (written without spaces), and only for Thai input", () => {
    expect(planSearch("เกาหลี").thai).toBe("%เกาหลี%");
    expect(planSearch("100%_เหนือ").thai).toBe("%100\\%\\_เหนือ%");
    expect(planSearch("Korea").thai).toBeNull();
  });
});

describe("data/search-synonyms.csv", () => {
  const rows = parseSynonyms(readFileSync("data/search-synonyms.csv", "utf8"));
  const group = (term: string) => rows.find((r) => r.term === term)?.group;

  it("names the subjects people search for, in English and Thai, each row with its source", () => {
    expect(group("north korea")).toBe(group("dprk"));
    expect(group("democratic people s republic of korea")).toBe(group("dprk"));
    expect(group("เกาหลีเหนือ")).toBe(group("dprk"));
    expect(group("gaza")).toBe(group("palestine"));
    expect(group("palestinian")).toBe(group("palestine"));
    expect(group("burma")).toBe(group("myanmar"));
    expect(group("syrian arab republic")).toBe(group("syria"));
    expect(group("russian federation")).toBe(group("russia"));
    expect(group("ivory coast")).toBe(group("côte d ivoire"));
    expect(group("drc")).toBe(group("democratic republic of the congo"));
    for (const t of ["ukraine", "iran", "bosnia", "kosovo", "yemen", "sudan", "libya", "venezuela"]) expect(group(t), t).toBeDefined();
    expect(rows.every((r) => r.source.length > 0)).toBe(true);
  });

  it("keeps Gaza apart from 'the situation in the Middle East' (also the agenda item of Syria and Lebanon)", () => {
    expect(group("middle east")).toBeUndefined();
  });

  it("refuses a term listed twice", () => {
    expect(() => parseSynonyms("group,term,lang,source\na,Gaza,en,x\nb,gaza,en,y\n")).toThrow(/already on line 2/);
  });
});
