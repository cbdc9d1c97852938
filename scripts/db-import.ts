// npm run db:import -- <folder or database.json> — loads an export into an empty, migrated database.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/env";
import { importDatabase, type DatabaseExport } from "../lib/db/export";
import { migrate } from "../lib/db/migrate";
import { expireCachesAfterWrite } from "../lib/cache/expire-after-write";

const arg = process.argv[2];
if (!arg) throw new Error("usage: npm run db:import -- <export folder or database.json>");
const file = statSync(arg).isDirectory() ? path.join(arg, "database.json") : arg;
const url = readEnv().DATABASE_URL;
await migrate(url);
const counts = await importDatabase(url, JSON.parse(readFileSync(file, "utf8")) as DatabaseExport);
console.log(
  `Imported ${Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ")}`,
);
if (!(await expireCachesAfterWrite())) process.exitCode = 1;
