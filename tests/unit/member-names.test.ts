import { describe, expect, it } from "vitest";
import { membersInSentence, nameInSentence, recordedName } from "@/components/resolutions/names";

const m = (nameEn: string, nameTh = nameEn) => ({ nameEn, nameTh });

describe("recordedName", () => {
  it.each([
    [null, "China", null],
    ["China", "China", null],
    ["CHINA", "China", null],
    ["UNITED KINGDOM", "United Kingdom", null],
    ["USSR", "Russian Federation", "USSR"],
    ["ZAIRE", "Democratic Republic of the Congo", "Zaire"],
    ["BYELORUSSIAN SSR", "Belarus", "Byelorussian SSR"],
    ["UNITED ARAB REPUBLIC", "Egypt", "United Arab Republic"],
    ["YEMEN ARAB REPUBLIC", "Yemen", "Yemen Arab Republic"],
    ["GUINEA-BISSAU", "Guinea Bissau", "Guinea-Bissau"],
    ["FEDERAL REPUBLIC OF GERMANY", "Germany", "Federal Republic of Germany"],
    ["Zaire", "Democratic Republic of the Congo", "Zaire"],
  ])("%s (today %s) → %s", (atTime, en, out) => expect(recordedName(atTime, en)).toBe(out));
});

describe("names in sentences", () => {
  it.each([
    ["Russian Federation", "en", "the Russian Federation"],
    ["United States", "en", "the United States"],
    ["USSR", "en", "the USSR"],
    ["China", "en", "China"],
    ["France", "en", "France"],
    ["Congo", "en", "the Congo"],
    ["Russian Federation", "th", "Russian Federation"],
  ])("%s in %s → %s", (name, locale, out) => expect(nameInSentence(m(name), locale)).toBe(out));

  it("joins several members the way each language does", () => {
    expect(membersInSentence([m("Russian Federation"), m("China")], "en")).toBe("the Russian Federation and China");
    expect(membersInSentence([m("x", "สหพันธรัฐรัสเซีย"), m("y", "จีน")], "th")).toBe("สหพันธรัฐรัสเซียและจีน");
  });
});
