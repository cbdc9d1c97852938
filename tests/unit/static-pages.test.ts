import { describe, expect, it } from "vitest";
import { publicPathOf, queryOfStaticCopy, STATIC_PAGES, staticPathFor } from "@/lib/static-pages";

describe("static copies of the busiest pages", () => {
  it.each([
    ["/static-dashboard", "/"],
    ["/static-vetoes", "/vetoes"],
    ["/static-vetoes/vetoedBy=RUS", "/vetoes"],
    ["/static-resolutions/country=RUS&from=2000", "/resolutions"],
    ["/vetoes", "/vetoes"],
    ["/resolutions/S/2024/255", "/resolutions/S/2024/255"],
  ])("%s is linked as %s", (internal, pub) => {
    expect(publicPathOf(internal)).toBe(pub);
  });

  it("maps every public path to an internal route of its own", () => {
    const internals = Object.values(STATIC_PAGES).map((p) => p.internal);
    expect(new Set(internals).size).toBe(internals.length);
  });

  it.each([
    ["/", "", "/static-dashboard"],
    ["/", "?from=2000&view=seat", "/static-dashboard/from=2000&view=seat"],
    ["/vetoes", "?vetoedBy=RUS", "/static-vetoes/vetoedBy=RUS"],
    ["/resolutions", "?country=RUS&from=2000", "/static-resolutions/country=RUS&from=2000"],
    // One copy per filter set, whatever the order of the parameters.
    ["/resolutions", "?from=2000&country=RUS", "/static-resolutions/country=RUS&from=2000"],
    ["/resolutions", "?outcome=vetoed&topic=syria&page=2", "/static-resolutions/topic=syria&outcome=vetoed&page=2"],
    ["/resolutions", "?kind=amendment&from=2020", "/static-resolutions/from=2020&kind=amendment"],
    ["/vetoes", "?count=drafts&vetoedBy=RUS", "/static-vetoes/vetoedBy=RUS&count=drafts"],
    ["/", "?count=drafts&from=2000", "/static-dashboard/from=2000&count=drafts"],
  ])("%s%s is served from %s", (path, search, internal) => {
    expect(staticPathFor(path, search)).toBe(internal);
  });

  it.each([
    ["/countries/RUS", ""], // not a static page
    ["/resolutions", "?q=sanctions"], // free text: one copy per search would be unbounded
    ["/resolutions", "?country=XX1"], // invalid: rendered per request with its notice
    ["/resolutions", "?from=2010&to=2000"], // a range notice
    ["/resolutions", "?vote=N"], // needs a country
    ["/resolutions", "?country=RUS&country=USA"], // repeated
    ["/resolutions", "?utm_source=x"], // unknown parameter
    ["/resolutions", "?country="], // empty value
    ["/resolutions", "?country=%20RUS"], // valid after trimming, but not canonical
    ["/vetoes", "?country=RUS"], // not a veto filter
    ["/vetoes", "?count=all"], // not a way of counting
    ["/vetoes", "?kind=amendment"], // the veto list's switch is `count`
    ["/resolutions", "?count=drafts"], // the list of drafts counts no vetoes
    ["/resolutions", "?kind=resolution"],
    ["/", "?count=Drafts"],
    ["/", "?view=pie"],
    ["/resolutions", `?topic=${"a".repeat(300)}`],
    ["/resolutions", "?country=RUS&from=2000<script>"],
  ])("%s%s renders per request", (path, search) => {
    expect(staticPathFor(path, search)).toBeNull();
  });

  it("reads back the query a copy was made for, and refuses segments the proxy would never produce", () => {
    expect(queryOfStaticCopy("/resolutions", undefined)).toEqual({});
    expect(queryOfStaticCopy("/resolutions", ["country=RUS&from=2000"])).toEqual({ country: "RUS", from: "2000" });
    expect(queryOfStaticCopy("/resolutions", ["country%3DRUS%26from%3D2000"])).toEqual({ country: "RUS", from: "2000" });
    expect(queryOfStaticCopy("/resolutions", ["from=2000&country=RUS"])).toBeNull(); // not canonical
    expect(queryOfStaticCopy("/resolutions", ["q=x"])).toBeNull();
    expect(queryOfStaticCopy("/resolutions", ["country=RUS", "extra"])).toBeNull();
    expect(queryOfStaticCopy("/resolutions", ["%E0%A4%A"])).toBeNull();
    expect(queryOfStaticCopy("/countries", ["a=b"])).toBeNull();
  });
});
