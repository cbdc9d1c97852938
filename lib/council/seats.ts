// The permanent seats and their holders, for charts: one consistent colour per seat/state, and
// the two views of the successions (one seat, or two states).

/** Series keys in the "state" view (holders) and the "seat" view (seats). */
export const HOLDER_KEYS = ["SUN", "RUS", "USA", "GBR", "FRA", "ROC", "PRC"] as const;
export const SEAT_KEYS = ["RUS", "USA", "GBR", "FRA", "CHN"] as const;
export type SeriesKey = (typeof HOLDER_KEYS)[number] | (typeof SEAT_KEYS)[number];

// Okabe–Ito palette: distinguishable with the common colour-vision deficiencies (see globals.css).
export const SERIES_COLOURS: Record<SeriesKey, string> = {
  SUN: "#e69f00",
  RUS: "#d55e00",
  USA: "#0072b2",
  GBR: "#cc79a7",
  FRA: "#009e73",
  ROC: "#56b4e9",
  PRC: "#b8a000",
  CHN: "#b8a000",
};

/** The record code (as in votes/vetoes) a series key filters on, for links to filtered lists. */
export const SERIES_MEMBER_CODE: Record<SeriesKey, string> = {
  SUN: "SUN",
  RUS: "RUS",
  USA: "USA",
  GBR: "GBR",
  FRA: "FRA",
  ROC: "CHN",
  PRC: "CHN",
  CHN: "CHN",
};
