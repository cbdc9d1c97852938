import { describe, expect, it } from "vitest";
import { dashboardQuery, legendLinks, segmentHref, type HolderSpan } from "@/components/dashboard/veto-history-links";

const h = (id: string, code: string, fromYear: number, toYear: number | null): HolderSpan => ({ id, code, nameEn: id, nameTh: id, fromYear, toYear });
const SUN = h("SUN", "SUN", 1946, 1991);
const RUS = h("RUS", "RUS", 1991, null);
const ROC = h("ROC", "CHN", 1946, 1971);
const PRC = h("PRC", "CHN", 1971, null);
const USA = h("USA", "USA", 1946, null);
const ALL = [SUN, RUS, ROC, PRC, USA];

describe("segmentHref", () => {
  it.each([
    { name: "state, year", holders: [RUS], codes: ["RUS"], period: 2024, by: "year", href: "/resolutions?vetoedBy=RUS&outcome=vetoed&from=2024&to=2024" },
    { name: "state, decade", holders: [USA], codes: ["USA"], period: 1980, by: "decade", href: "/resolutions?vetoedBy=USA&outcome=vetoed&from=1980&to=1989" },
    {
      name: "PRC in the 1970s starts in 1971",
      holders: [PRC],
      codes: ["CHN"],
      period: 1970,
      by: "decade",
      href: "/resolutions?vetoedBy=CHN&outcome=vetoed&from=1971&to=1979",
    },
    {
      name: "ROC in the 1970s ends in 1971",
      holders: [ROC],
      codes: ["CHN"],
      period: 1970,
      by: "decade",
      href: "/resolutions?vetoedBy=CHN&outcome=vetoed&from=1970&to=1971",
    },
    {
      name: "seat: China keeps the whole decade",
      holders: [ROC, PRC],
      codes: ["CHN"],
      period: 1970,
      by: "decade",
      href: "/resolutions?vetoedBy=CHN&outcome=vetoed&from=1970&to=1979",
    },
    {
      name: "seat: USSR years use SUN",
      holders: [SUN, RUS],
      codes: ["SUN"],
      period: 1980,
      by: "decade",
      href: "/resolutions?vetoedBy=SUN&outcome=vetoed&from=1980&to=1989",
    },
    {
      name: "seat: 1990s vetoes by RUS",
      holders: [SUN, RUS],
      codes: ["RUS"],
      period: 1990,
      by: "decade",
      href: "/resolutions?vetoedBy=RUS&outcome=vetoed&from=1991&to=1999",
    },
    {
      name: "two codes in one segment",
      holders: [SUN, RUS],
      codes: ["SUN", "RUS"],
      period: 1990,
      by: "decade",
      href: "/resolutions?outcome=vetoed&from=1990&to=1999",
    },
  ] as const)("$name", ({ holders, codes, period, by, href }) => {
    expect(segmentHref({ holders, codes, period, by })).toBe(href);
  });

  it("counting drafts only, a segment opens the vetoed drafts of kind 'draft'", () => {
    expect(segmentHref({ holders: [RUS], codes: ["RUS"], period: 2025, by: "year", count: "drafts" })).toBe(
      "/resolutions?vetoedBy=RUS&outcome=vetoed&from=2025&to=2025&kind=draft",
    );
    expect(segmentHref({ holders: [RUS], codes: ["RUS"], period: 2025, by: "year", count: "library" })).toBe(
      "/resolutions?vetoedBy=RUS&outcome=vetoed&from=2025&to=2025",
    );
  });
});

describe("legendLinks", () => {
  it.each([
    { name: "a state", holders: [USA], period: {}, hrefs: ["/vetoes?vetoedBy=USA"] },
    { name: "a state in a period", holders: [USA], period: { from: 2000, to: 2010 }, hrefs: ["/vetoes?vetoedBy=USA&from=2000&to=2010"] },
    { name: "ROC gets its tenure", holders: [ROC], period: {}, hrefs: ["/vetoes?vetoedBy=CHN&from=1946&to=1971"] },
    { name: "PRC gets its tenure", holders: [PRC], period: {}, hrefs: ["/vetoes?vetoedBy=CHN&from=1971"] },
    { name: "ROC outside the period: no link", holders: [ROC], period: { from: 2000 }, hrefs: [] },
    { name: "USSR outside the period: no link", holders: [SUN], period: { from: 2000 }, hrefs: [] },
    { name: "China's seat: one code", holders: [ROC, PRC], period: {}, hrefs: ["/vetoes?vetoedBy=CHN"] },
    { name: "Soviet/Russian seat: two codes", holders: [SUN, RUS], period: {}, hrefs: ["/vetoes?vetoedBy=SUN", "/vetoes?vetoedBy=RUS"] },
    {
      name: "drafts only is carried on",
      holders: [USA],
      period: { from: 2000, count: "drafts" as const },
      hrefs: ["/vetoes?vetoedBy=USA&from=2000&count=drafts"],
    },
    { name: "the Library's rule is the default, left out", holders: [USA], period: { count: "library" as const }, hrefs: ["/vetoes?vetoedBy=USA"] },
  ])("$name", ({ holders, period, hrefs }) => {
    expect(legendLinks(holders, ALL, period).map((l) => l.href)).toEqual(hrefs);
  });
});

describe("dashboardQuery", () => {
  it("keeps the period, the chart's view and the way of counting, defaults left out", () => {
    expect(dashboardQuery({ from: 2000, view: "seat", by: "year", count: "drafts" })).toEqual({ from: "2000", view: "seat", count: "drafts" });
    expect(dashboardQuery({ view: "state", by: "year", count: "library" })).toEqual({});
  });
});
