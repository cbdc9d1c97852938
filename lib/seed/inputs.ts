// The seed reads only the files in data/ (CI clones this repository alone). Everything is read as
// text first, so the merge (lib/seed/merge.ts) stays a pure function of these strings.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SOURCE_FILES = {
  adopted: "sc-votes-adopted.csv",
  adoptedDhl: "sc-votes-adopted-2022-2026.csv",
  tail: "sc-votes-1992-2026-tail.csv",
  failed: "sc-votes-failed-drafts.csv",
  notAdopted: "sc-votes-not-adopted-1992-2021.csv",
  votes2026: "sc-votes-2026.csv",
  amendments: "sc-votes-amendments-procedural-2020-2025.csv",
  dhlMeetings: "dhl-meetings", // a folder: the UN Library's year tables and veto list (HTML)
  vetoes: "sc-vetoes.csv",
  recentVetoes: "recent-vetoes.csv",
  recentVetoVotes: "recent-veto-votes.csv",
  councilMembers: "council-members-2022-2026.csv",
  memberStates: "member-states.csv",
  annotations: "annotations.csv",
  article: "seed-article.txt",
} as const;

export type SourceFileId = keyof typeof SOURCE_FILES;
export type SourceFileName = (typeof SOURCE_FILES)[SourceFileId];
/** One HTML page of the UN Library's meeting tables, by its file name. */
export interface HtmlPage {
  file: string;
  html: string;
}
export type SeedInputs = Record<Exclude<SourceFileId, "dhlMeetings">, string> & { dhlMeetings: HtmlPage[] };

/** data/ at the repository root, found from this module rather than the working directory. */
export const DEFAULT_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data");

export async function readSeedInputs(dir: string = DEFAULT_DATA_DIR): Promise<SeedInputs> {
  const entries = await Promise.all(
    (Object.entries(SOURCE_FILES) as [SourceFileId, string][])
      .filter(([id]) => id !== "dhlMeetings")
      .map(async ([id, file]) => [id, await readFile(path.join(dir, file), "utf8")] as const),
  );
  const folder = path.join(dir, SOURCE_FILES.dhlMeetings);
  const names = (await readdir(folder)).filter((f) => f.endsWith(".html")).sort();
  const dhlMeetings = await Promise.all(names.map(async (file) => ({ file, html: await readFile(path.join(folder, file), "utf8") })));
  return { ...(Object.fromEntries(entries) as Omit<SeedInputs, "dhlMeetings">), dhlMeetings };
}
