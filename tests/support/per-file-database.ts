// Each integration test file gets its own copy of the seeded database, so files never see each
// other's writes. DATABASE_URL is set before the test file imports lib/db.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "../../lib/db";
import { startEmbeddedServer } from "../../lib/db/embedded";
import { adminQuery, withDatabase } from "./databases";

const template = inject("databaseTemplate");
let cleanup: () => Promise<void>;

if (template.kind === "postgres") {
  const name = `unsc_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(template.server, `CREATE DATABASE ${name} TEMPLATE ${template.template}`);
  process.env.DATABASE_URL = withDatabase(template.server, name);
  process.env.TEST_SERVER_URL = template.server;
  cleanup = () => adminQuery(template.server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
} else {
  const dump = new Blob([readFileSync(template.dumpFile)]);
  const embedded = await startEmbeddedServer({ loadDataDir: dump });
  delete process.env.TEST_SERVER_URL;
  process.env.DATABASE_URL = embedded.url;
  cleanup = () => embedded.stop();
}
process.env.TEST_DATABASE_KIND = template.kind;

afterAll(async () => {
  await disconnectDb();
  await cleanup();
});
