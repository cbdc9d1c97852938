// Seed timing on PostgreSQL: migrate and seed a fresh database from data/, then seed it again (the
// second run must insert nothing). Issue 10's target: under 30 s for the first seed.
import { createPrismaClient } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { seedDatabase } from "../lib/seed";
import { adminQuery, withDatabase } from "../tests/support/databases";

export async function benchSeed(server = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres") {
  const name = "unsc_bench_seed";
  await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(server, `CREATE DATABASE ${name}`);
  const url = withDatabase(server, name);
  try {
    const t0 = performance.now();
    await migrate(url);
    const t1 = performance.now();
    const prisma = createPrismaClient(url);
    try {
      const first = await seedDatabase(prisma);
      const t2 = performance.now();
      const second = await seedDatabase(prisma);
      const t3 = performance.now();
      return {
        migrateSeconds: +((t1 - t0) / 1000).toFixed(1),
        firstSeedSeconds: +((t2 - t1) / 1000).toFixed(1),
        firstSeedTimings: first.timings,
        secondSeedSeconds: +((t3 - t2) / 1000).toFixed(1),
        secondInsertedNothing: Object.values(second.inserted).every((n) => n === 0),
        drafts: first.drafts,
        votes: first.votes,
        vetoes: first.vetoes,
        issues: first.issues,
      };
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
