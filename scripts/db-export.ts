// npm run db:export [-- <folder>] — writes the whole database (members, seats, drafts, votes,
// vetoes, topics, sources, audit...) as database.json plus one CSV per table.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/env";
import { exportDatabase, rowsToCsv } from "../lib/db/export";

const folder = path.resolve(process.argv[2] ?? `export/${new Date().toISOString().replace(/[:.]/g, "-")}`);
mkdirSync(folder, { recursive: true });
const dump = await exportDatabase(readEnv().DATABASE_URL);
writeFileSync(path.join(folder, "database.json"), JSON.stringify(dump));
for (const [table, rows] of Object.entries(dump.tables)) writeFileSync(path.join(folder, `${table}.csv`), rowsToCsv(rows));
console.log(
  `Exported ${Object.entries(dump.tables)
    .map(([t, r]) => `${t} ${r.length}`)
    .join(", ")} to ${folder}`,
);
