// Class names shared by the data tables of /countries, /topics and /about, so they look alike.
export const TABLE = "w-full border-collapse text-sm";
// `scroll-cue` (globals.css) shades the edge a wide table continues past, so a phone reader sees it scrolls.
export const TABLE_WRAP = "scroll-cue overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800";
export const THEAD = "bg-slate-100 text-slate-800 dark:bg-slate-900 dark:text-slate-200";
export const TR = "border-t border-slate-200 dark:border-slate-800";
export const TD = "px-3 py-2 align-top";
export const TD_NUM = "px-3 py-2 text-right align-top tabular-nums";
export const TH_ROW = "px-3 py-2 text-left align-top font-medium";
export const LINK = "text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";
