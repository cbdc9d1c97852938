// Tables that are a table from 1024 px and a card per row below (the drafts list and the veto list):
// one markup for both, since sending every row twice, as cards and as a table, was most of those
// pages' weight (issue 5). Explicit ARIA roles on the elements keep the table's semantics when CSS
// changes its display. Each table adds where its columns go in the card.

/** The table: a block below 1024 px; a cell with data-label leads its line with "Label: "; one with data-empty is hidden. */
export const CARD_TABLE =
  "max-lg:block max-lg:[&_td[data-empty]]:hidden " +
  "max-lg:[&_td[data-label]]:before:text-slate-600 max-lg:[&_td[data-label]]:before:content-[attr(data-label)_':_'] " +
  "max-lg:dark:[&_td[data-label]]:before:text-slate-400";
/** The header row group: read by screen readers, not shown on the cards. */
export const CARD_HEAD = "max-lg:sr-only";
export const CARD_BODY = "max-lg:block max-lg:space-y-3";
/** A row: a two-column grid card below 1024 px (name and badge on top, then one line per cell). */
export const CARD_ROW =
  "max-lg:grid max-lg:grid-cols-[1fr_auto] max-lg:gap-y-1 max-lg:rounded-lg max-lg:border max-lg:border-slate-200 max-lg:p-3 max-lg:dark:border-slate-800";
