import { describe, expect, it } from "vitest";
import { countryFigureHref, type CountryFigure } from "@/lib/country-links";
import { getCountryProfile, getCountryVetoes, getDraftsVotedAgainst } from "@/lib/queries/countries";
import { listDrafts } from "@/lib/queries/drafts";
import { listVetoes, VETO_FILTER_NAMES } from "@/lib/queries/vetoes";
import { parseDraftFilters } from "@/lib/validations/filters";

// Issue 13: the United States' votes table said "against" 31 times while its "List these drafts"
// opened 113 rows. Each figure of a country page must be the number of rows its link lists: the
// link is followed as the page would (its query string parsed as /resolutions or /vetoes parses it),
// and every page of the list is read.
const ALL = 100_000;

async function rowsListedBy(href: string): Promise<{ total: number; rows: number }> {
  const url = new URL(href, "http://localhost");
  if (url.pathname === "/vetoes") {
    const { filters, notices } = parseDraftFilters(url.searchParams, VETO_FILTER_NAMES);
    expect(notices).toEqual([]);
    const list = await listVetoes(filters, ALL);
    return { total: list.total, rows: list.items.length };
  }
  expect(url.pathname).toBe("/resolutions");
  const { filters, notices } = parseDraftFilters(url.searchParams);
  expect(notices).toEqual([]);
  const list = await listDrafts(filters, ALL);
  return { total: list.total, rows: list.rows.length };
}

describe("country page figures equal the rows their links list", () => {
  // Two permanent members (with vetoes known only from the veto lists for USA), the USSR, and
  // elected members.
  for (const code of ["USA", "RUS", "SUN", "FRA", "JPN", "BRA"]) {
    it(code, async () => {
      const profile = (await getCountryProfile(code))!;
      const figures = ["Y", "N", "A", "X"] as const satisfies readonly CountryFigure[];
      for (const figure of figures) {
        const listed = await rowsListedBy(countryFigureHref(code, figure));
        expect(listed, `${code} ${figure}`).toEqual({ total: profile.votes[figure], rows: profile.votes[figure] });
      }
      const vetoes = await rowsListedBy(countryFigureHref(code, "vetoes"));
      expect(vetoes, `${code} vetoes`).toEqual({ total: profile.vetoes, rows: profile.vetoes });
      // The sections further down the page show the same figures.
      expect((await getDraftsVotedAgainst(code)).total, `${code} drafts voted against`).toBe(profile.votes.N);
      expect((await getCountryVetoes(code)).total, `${code} vetoes cast`).toBe(profile.vetoes);
    });
  }

  it("USA: against includes the vetoes known only from the veto lists, and states how many", async () => {
    const usa = (await getCountryProfile("USA"))!;
    expect(usa.vetoes).toBeGreaterThanOrEqual(90);
    expect(usa.vetoOnly).toBeGreaterThan(0);
    expect(usa.votes.N).toBeGreaterThan(usa.vetoOnly);
    const jpn = (await getCountryProfile("JPN"))!;
    expect(jpn).toMatchObject({ vetoes: 0, vetoOnly: 0 });
  });
});
