// Where each figure of a country page leads: the list whose rows are exactly what the figure
// counts (tests/integration/country-figures.test.ts checks count = rows for several members).
//   Y, A, X  drafts on which the member's recorded vote was of that kind;
//   N        drafts it voted against: its negative votes, plus vetoes known only from the veto
//            lists (no member-by-member record), as draftWhere() reads `vote=N`;
//   vetoes   vetoes it cast, counted as the UN Library counts them (the veto list's default).
export type CountryFigure = "Y" | "N" | "A" | "X" | "vetoes";

export function countryFigureHref(code: string, figure: CountryFigure): string {
  return figure === "vetoes" ? `/vetoes?vetoedBy=${code}` : `/resolutions?country=${code}&vote=${figure}`;
}
