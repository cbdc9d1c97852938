// Veto casts as the source files give them, for tests that check the stored totals against the
// sources rather than against the code under test: the UN Library's veto list to 8 July 2022
// (data/sc-vetoes.csv, one row per veto), the vetoing members of data/recent-vetoes.csv (30 Sep 2022 –
// Sep 2025) and of data/sc-votes-2026.csv (one item per vote). The vetoed amendments of
// sc-votes-amendments-procedural-2020-2025.csv are the same votes as in recent-vetoes.csv (SOURCES.md).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

type Row = Record<string, string>;
export const readCsv = (file: string): Row[] => parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true, bom: true });

export interface SourceVetoCast {
  member: string;
  date: string;
  file: string;
}

export function vetoCastsInSources(): SourceVetoCast[] {
  const historic = readCsv("data/sc-vetoes.csv").map((r) => ({ member: r.member_iso3!, date: r.date!, file: "sc-vetoes.csv" }));
  const recent = readCsv("data/recent-vetoes.csv").flatMap((r) =>
    r.vetoing_members!.split(";").map((m) => ({ member: m.trim(), date: r.date!, file: "recent-vetoes.csv" })),
  );
  const items = new Map(readCsv("data/sc-votes-2026.csv").map((r) => [r.item!, r]));
  const latest = [...items.values()].flatMap((r) =>
    r
      .vetoed_by!.split(";")
      .filter(Boolean)
      .map((m) => ({ member: m.trim(), date: r.date!, file: "sc-votes-2026.csv" })),
  );
  return [...historic, ...recent, ...latest];
}

export const vetoesInSources = (code: string) => vetoCastsInSources().filter((c) => c.member === code).length;
