import { describe, expect, it } from "vitest";
import { commonEraYear, commonEraYearParams, displayDecade, displayYear, displayYearRange, yearInputProps } from "@/lib/years";
import { permalinkOf } from "@/lib/permalink";
import { parseDraftFilters } from "@/lib/validations/filters";

// One calendar per language: Buddhist era (CE + 543) for every year shown in Thai, the Common Era
// in English and in every URL; a year input takes either era (2400 and above is BE).
describe("years as the reader's calendar writes them", () => {
  it.each([
    [1991, "en", "1991"],
    [1991, "th", "2534"],
    [2024, "th", "2567"],
  ])("%d in %s: %s", (year, locale, shown) => expect(displayYear(year, locale)).toBe(shown));

  it("ranges and decades", () => {
    expect(displayYearRange(1992, 2026, "th")).toBe("2535–2569");
    expect(displayYearRange(1992, 1992, "th")).toBe("2535");
    expect(displayYearRange(1992, 2026, "en")).toBe("1992–2026");
    expect(displayDecade(1990, "en")).toBe("1990");
    expect(displayDecade(1990, "th")).toBe("2533–2542");
  });

  it.each([
    [2020, 2020],
    [2563, 2020],
    [2400, 1857],
    [2399, 2399],
  ])("typed %d is CE %d", (typed, ce) => expect(commonEraYear(typed)).toBe(ce));

  it("page URLs: BE years become CE, other params and CE years stay", () => {
    expect(commonEraYearParams(new URLSearchParams("from=2563&to=2567&view=seat"))?.toString()).toBe("from=2020&to=2024&view=seat");
    expect(commonEraYearParams(new URLSearchParams("year=2567&sort=name"))?.toString()).toBe("year=2024&sort=name");
    expect(commonEraYearParams(new URLSearchParams("from=2020&to=2024"))).toBeNull();
    expect(commonEraYearParams(new URLSearchParams("q=2567&page=2567"))).toBeNull();
  });

  it("year inputs show BE in Thai and accept both eras", () => {
    expect(yearInputProps(2020, "th", { min: 1946, max: 2026 })).toEqual({ min: 1946, max: 2569, defaultValue: "2563" });
    expect(yearInputProps(undefined, "en", { min: 1946, max: 2026 })).toEqual({ min: 1946, max: 2026, defaultValue: "" });
  });

  it("the filters read a BE year as CE", () => {
    expect(parseDraftFilters(new URLSearchParams("from=2563&to=2567")).filters).toMatchObject({ from: 2020, to: 2024 });
  });
});

describe("permalinks", () => {
  it("drop the router's _rsc parameter, keep the rest", () => {
    expect(permalinkOf("https://x.org/vetoes?vetoedBy=RUS&_rsc=1x2y")).toBe("https://x.org/vetoes?vetoedBy=RUS");
    expect(permalinkOf("https://x.org/resolutions/S/2024/255?_rsc=abc")).toBe("https://x.org/resolutions/S/2024/255");
    expect(permalinkOf("https://x.org/vetoes?vetoedBy=RUS")).toBeNull();
  });
});
