// npm run db:seed — load data/ into DATABASE_URL. Safe to run again: it inserts only what is missing.
import { createPrismaClient } from "../lib/db";
import { readEnv } from "../lib/env";
import { seedDatabase } from "../lib/seed";

const prisma = createPrismaClient(readEnv().DATABASE_URL);
try {
  const report = await seedDatabase(prisma, { log: (m) => console.log(`seed: ${m}`) });
  const inserted = Object.entries(report.inserted)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${n}`);
  console.log(
    `\nDataset: ${report.drafts} drafts, ${report.votes} member votes, ${report.vetoes} vetoes (${Object.entries(report.vetoesByMember)
      .sort()
      .map(([m, n]) => `${m} ${n}`)
      .join(", ")}).`,
  );
  console.log(inserted.length ? `Inserted: ${inserted.join(", ")}.` : "Nothing to insert: the database already holds this data.");
  console.log(
    `Time: ${(report.timings.totalMs / 1000).toFixed(1)} s ` +
      `(read ${report.timings.readMs} ms, merge ${report.timings.mergeMs} ms, write ${report.timings.writeMs} ms).`,
  );
  console.log(`\nImport report: ${report.issues} flagged rows and source disagreements (stored in data_issue):`);
  for (const [kind, n] of Object.entries(report.issueKinds).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${kind}`);
  console.log("");
  for (const i of report.issueList)
    console.log(`  [${i.kind}] ${i.sourceFile} ${i.sourceRow}${i.ref && i.ref !== i.sourceRow ? ` (${i.ref})` : ""}: ${i.reason}`);
} finally {
  await prisma.$disconnect();
}

// Running servers that share a cache through Redis show the seeded data at once.
{
  const { expireCachesAfterWrite } = await import("../lib/cache/expire-after-write");
  if (!(await expireCachesAfterWrite((m) => console.log(m)))) process.exitCode = 1;
}

// --- First admin account (lib/auth/first-admin.ts) -------------------------------------------
// ADMIN_EMAIL / ADMIN_PASSWORD create or update it; without them, development gets an admin with
// a random password printed once, production gets instructions. Never a default password.
{
  const { ensureFirstAdmin } = await import("../lib/auth/first-admin");
  const accounts = createPrismaClient(readEnv().DATABASE_URL);
  try {
    await ensureFirstAdmin(accounts, { log: (m) => console.log(`admin: ${m}`) });
  } finally {
    await accounts.$disconnect();
  }
}
