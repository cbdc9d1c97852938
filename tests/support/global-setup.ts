// Runs once per `vitest run`: builds one migrated, seeded database that every integration test
// file copies (a template database on PostgreSQL, a data-directory dump on PGlite).
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate, readMigrations } from "../../lib/db/migrate";
import { startEmbeddedServer } from "../../lib/db/embedded";
import { adminQuery, serverUrl, withDatabase } from "./databases";
import { seedDatabase } from "../../lib/seed";
import { createPrismaClient } from "../../lib/db";

async function migrateAndSeed(url: string) {
  await migrate(url);
  const prisma = createPrismaClient(url);
  try {
    await seedDatabase(prisma, { log: () => {} });
  } finally {
    await prisma.$disconnect();
  }
}

export default async function setup(project: TestProject) {
  const server = serverUrl();
  if (server) {
    const migrations = await readMigrations();
    const stamp = createHash("sha256")
      .update(migrations.map((m) => m.checksum).join())
      .update(String(Date.now()))
      .digest("hex")
      .slice(0, 10);
    const template = `unsc_tpl_${stamp}`;
    await adminQuery(server, `CREATE DATABASE ${template}`);
    await migrateAndSeed(withDatabase(server, template));
    project.provide("databaseTemplate", { kind: "postgres", server, template });
    return async () => {
      await adminQuery(server, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    };
  }
  const embedded = await startEmbeddedServer({});
  await migrateAndSeed(embedded.url);
  const dump = await embedded.db.dumpDataDir("none");
  await embedded.stop();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "unsc-test-")), "seeded.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("databaseTemplate", { kind: "pglite", dumpFile: file });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: { kind: "postgres"; server: string; template: string } | { kind: "pglite"; dumpFile: string };
  }
}
