import { describe, expect, it } from "vitest";
import { accessDate, countryCslItem, cslDate, datasetCslItem, draftCslItem, topicCslItem, UN_ATTRIBUTION } from "@/lib/citation/csl";
import { unwrapRis } from "@/lib/citation/format";
import { citePath, citeQuery, parseCiteTarget } from "@/lib/citation/target";
import { DATASET_FILE_NAMES, downloadFilename, isDatasetFileName } from "@/lib/data/files";

const ctx = { url: "https://unsc.example.org/resolutions/S/2024/255", accessed: "2026-12-02", locale: "en" };
const draft = {
  ref: "S/2024/255",
  symbol: "S/2024/255",
  title: "Non-proliferation/Democratic People's Republic of Korea",
  agendaItem: null,
  date: "2024-03-28",
  year: 2024,
  meetingRecord: "S/PV.9591",
  resolutionNumber: null,
};

describe("CSL items", () => {
  it("cslDate reads a day or a bare year", () => {
    expect(cslDate("2024-03-28")).toEqual({ "date-parts": [[2024, 3, 28]] });
    expect(cslDate("1950")).toEqual({ "date-parts": [[1950]] });
    expect(() => cslDate("28/03/2024")).toThrow();
  });

  it("a draft: its symbol, subject, vote date, permalink, access date, meeting record and the UN's attribution", () => {
    expect(draftCslItem(draft, ctx)).toEqual({
      id: "unsc-vote-S-2024-255",
      type: "webpage",
      title: "Security Council vote on S/2024/255: Non-proliferation/Democratic People's Republic of Korea",
      author: [{ literal: "UNSC Vote Tracker" }],
      "container-title": "UNSC Vote Tracker",
      publisher: "UNSC Vote Tracker",
      URL: ctx.url,
      accessed: { "date-parts": [[2026, 12, 2]] },
      issued: { "date-parts": [[2024, 3, 28]] },
      language: "en",
      number: "S/2024/255",
      note: `Meeting record S/PV.9591. ${UN_ATTRIBUTION}`,
    });
  });

  it.each([
    ["adopted, with a resolution number", { resolutionNumber: 2719, year: 2023, date: "2023-12-22" }, "Adopted as resolution 2719 (2023)", [2023, 12, 22]],
    [
      "no symbol, no exact date: the ref and the year",
      { symbol: null, ref: "S/PV.57:2", date: null, year: 1946, title: null, meetingRecord: null },
      null,
      [1946],
    ],
  ])("a draft %s", (_name, facts, noteHas, issued) => {
    const item = draftCslItem({ ...draft, ...facts }, ctx);
    expect(item.issued).toEqual({ "date-parts": [issued] });
    if (noteHas) expect(item.note).toContain(noteHas);
    if ("symbol" in facts) {
      expect(item).not.toHaveProperty("number");
      expect(item.title).toBe("Security Council vote on S/PV.57:2");
      expect(item.id).toBe("unsc-vote-S-PV-57-2");
    }
  });

  it("country and topic pages carry the dataset's version as their date", () => {
    const country = countryCslItem({ code: "RUS", name: "Russian Federation" }, "2026-09-29", ctx, (n) => `${n} on the Council`);
    expect(country).toMatchObject({
      id: "unsc-country-RUS",
      title: "Russian Federation on the Council",
      version: "2026-09-29",
      issued: { "date-parts": [[2026, 9, 29]] },
    });
    const topic = topicCslItem({ slug: "dprk", label: "DPRK" }, null, ctx, (l) => `Votes on ${l}`);
    expect(topic).toMatchObject({ id: "unsc-topic-dprk", title: "Votes on DPRK", type: "webpage" });
    expect(topic).not.toHaveProperty("issued");
  });

  it("the dataset is a dataset whose version is the date of the latest vote", () => {
    expect(datasetCslItem("2026-09-29", { ...ctx, url: "https://unsc.example.org/data" })).toMatchObject({
      type: "dataset",
      title: "UNSC Vote Tracker: United Nations Security Council votes, 1946–2026",
      version: "2026-09-29",
      URL: "https://unsc.example.org/data",
      medium: "CSV and JSON",
      note: UN_ATTRIBUTION,
    });
    expect(datasetCslItem(null, ctx).title).toBe("UNSC Vote Tracker: United Nations Security Council votes");
  });

  it("the access date is the UTC day", () => {
    expect(accessDate(new Date("2026-12-02T23:59:59Z"))).toBe("2026-12-02");
  });
});

describe("unwrapRis", () => {
  it("puts values broken at 70 characters back on one line", () => {
    expect(unwrapRis("TY  - ELEC\nTI  - Draft resolution S/2024/255: Non-proliferation/Democratic People's Rep\nublic of Korea\nER  - \n\n")).toBe(
      "TY  - ELEC\r\nTI  - Draft resolution S/2024/255: Non-proliferation/Democratic People's Republic of Korea\r\nER  -\r\n",
    );
  });
});

describe("cite targets", () => {
  it.each([
    ["draft=S%2F2024%2F255", { kind: "draft", ref: "S/2024/255" }, "/resolutions/S/2024/255"],
    ["country=RUS", { kind: "country", code: "RUS" }, "/countries/RUS"],
    ["topic=dprk", { kind: "topic", slug: "dprk" }, "/topics/dprk"],
    ["dataset", { kind: "dataset" }, "/data"],
  ])("?%s", (query, target, path) => {
    expect(parseCiteTarget(new URLSearchParams(query))).toEqual(target);
    expect(citePath(target as never)).toBe(path);
    expect(parseCiteTarget(citeQuery(target as never))).toEqual(target);
  });

  it.each(["", "draft=&country=RUS", "country=rus", "country=RUSS", "topic=../x", "draft=" + "x".repeat(201)])("refuses ?%s", (query) => {
    expect(parseCiteTarget(new URLSearchParams(query))).toBeNull();
  });
});

describe("dataset files", () => {
  it("names the files a reader saves with the version", () => {
    expect(downloadFilename("unsc-votes.json", "2026-09-29")).toBe("unsc-votes-2026-09-29.json");
    expect(downloadFilename("vote.csv", "2026-09-29")).toBe("unsc-vote-2026-09-29.csv");
    expect(downloadFilename("member-votes.csv", null)).toBe("unsc-member-votes.csv");
  });

  it("serves only the public tables' files", () => {
    expect(isDatasetFileName("vote.csv")).toBe(true);
    expect(isDatasetFileName("unsc-votes.json")).toBe(true);
    for (const name of ["app_user.csv", "audit_entry.csv", "session.csv", "../vote.csv", "vote.json"]) expect(isDatasetFileName(name)).toBe(false);
    expect(DATASET_FILE_NAMES).toHaveLength(17);
  });
});
