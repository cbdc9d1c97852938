// npm run db:migrate — apply pending migrations to DATABASE_URL.
import { readEnv } from "../lib/env";
import { migrate } from "../lib/db/migrate";

const applied = await migrate(readEnv().DATABASE_URL, { log: (m) => console.log(m) });
console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date; nothing to apply.");
