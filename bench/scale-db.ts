// Builds (or reuses) a benchmark database at a multiple of the real volume: unsc_bench_<k>x on the
// server at BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres). Never the
// main database. Steps: migrate (lib/db/migrate.ts), seed the real data (lib/seed), then add
// (k-1) × N synthetic drafts with set-based SQL (INSERT … SELECT generate_series):
//   - each synthetic draft bootstraps a real draft picked by a seeded PRNG (year, outcome, object,
//     modality, procedural, topics and vetoing members follow the real distributions per year);
//   - its roll call is the council composition of that year (council_seat), each member's vote
//     drawn from the real P(vote | outcome, permanent) frequencies, vetoing members voting N;
//   - tallies are recomputed from the synthetic grid.
// The PRNG is md5(seed:stream:i) — deterministic, so a given (k, GENERATOR_VERSION) always builds
// the same database; an existing database with the same version is reused.
import pg from "pg";
import { migrate } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db";
import { seedDatabase } from "../lib/seed";
import { REBUILD_SUMMARIES_SQL } from "../lib/db/summaries";

export const GENERATOR_VERSION = 1;

/** An empty database migrated and loaded with the real data (data/), as `npm run db:migrate && npm run db:seed` would. */
export async function migrateAndSeed(url: string): Promise<void> {
  await migrate(url);
  const prisma = createPrismaClient(url);
  try {
    await seedDatabase(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
const SEED = "unsc-bench-1";

export function serverUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

/** One statement on the bench server's maintenance database (CREATE/DROP DATABASE of the copies). */
export async function adminQuery(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Prefix of the bench databases' names (BENCH_DB_PREFIX, default unsc_bench): worktrees sharing a server keep theirs apart. */
export const benchDbPrefix = (): string => process.env.BENCH_DB_PREFIX ?? "unsc_bench";

export function benchDbUrl(scale: number): string {
  const u = new URL(serverUrl());
  u.pathname = `/${benchDbPrefix()}_${scale}x`;
  return u.toString();
}

// A uniform [0,1) number from md5(seed:stream:i), in SQL.
const rnd = (stream: string, i: string) => `(('x' || substr(md5('${SEED}:${stream}:' || ${i}), 1, 8))::bit(32)::bigint::float8 / 4294967296.0)`;

export async function ensureBenchDb(scale: number, log: (m: string) => void = console.log): Promise<string> {
  const url = benchDbUrl(scale);
  const name = `${benchDbPrefix()}_${scale}x`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount! > 0;
    if (exists) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        const r = await c.query("SELECT obj_description('draft'::regclass) AS d").catch(() => ({ rows: [{ d: null }] }));
        if (r.rows[0]?.d === `bench generator v${GENERATOR_VERSION} scale ${scale}`) {
          await migrate(url); // new migrations (indexes, summaries) still apply to a reused database
          log(`${name}: reusing (generator v${GENERATOR_VERSION})`);
          return url;
        }
      } finally {
        await c.end();
      }
      log(`${name}: stale, rebuilding`);
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const t0 = performance.now();
  await migrateAndSeed(url);
  log(`${name}: migrated and seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    if (scale > 1) await addSynthetic(c, scale, log);
    // The seed built the read summaries before the synthetic rows existed.
    for (const sql of REBUILD_SUMMARIES_SQL) await c.query(sql);
    await c.query("VACUUM ANALYZE"); // visibility map too, for index-only scans
    await c.query(`COMMENT ON TABLE draft IS 'bench generator v${GENERATOR_VERSION} scale ${scale}'`);
  } finally {
    await c.end();
  }
  log(`${name}: built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return url;
}

async function addSynthetic(c: pg.Client, scale: number, log: (m: string) => void) {
  const step = async (label: string, sql: string) => {
    const t = performance.now();
    const r = await c.query(sql);
    log(`  ${label}: ${r.rowCount ?? ""} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await c.query("SET synchronous_commit = off");
  await c.query("SET work_mem = '256MB'");
  await c.query("SET maintenance_work_mem = '512MB'");
  await c.query("BEGIN");
  // Templates: the real drafts numbered 1..N (only those with a year in the council composition).
  await step(
    "templates",
    `CREATE TEMP TABLE tpl AS
    SELECT row_number() OVER (ORDER BY d.id)::int AS n, d.id, d.year, d.voted_on, d.outcome, d.object_of_vote, d.procedural, d.modality
    FROM draft d WHERE EXISTS (SELECT 1 FROM council_seat s WHERE s.year = d.year)`,
  );
  const {
    rows: [{ n }],
  } = await c.query("SELECT count(*)::int AS n FROM tpl");
  const m = (scale - 1) * n;
  // P(vote | outcome, permanent) from the real grids.
  await step(
    "vote distribution",
    `CREATE TEMP TABLE vdist AS
    SELECT outcome, permanent, vote, sum(cnt) OVER (PARTITION BY outcome, permanent ORDER BY vote) / sum(cnt) OVER (PARTITION BY outcome, permanent) AS cum
    FROM (SELECT d.outcome, s.permanent, v.vote, count(*)::float8 AS cnt FROM vote v JOIN draft d ON d.id = v.draft_id
          JOIN council_seat s ON s.member_code = v.member_code AND s.year = d.year GROUP BY 1, 2, 3) x`,
  );
  await step(
    "drafts",
    `CREATE TEMP TABLE syn AS
    SELECT i, t.id AS tpl_id, t.year, t.outcome, t.object_of_vote, t.procedural, t.modality,
           CASE WHEN t.voted_on IS NULL THEN NULL
                ELSE LEAST(make_date(t.year, 12, 31), make_date(t.year, 1, 1) + floor(${rnd("day", "i")} * 365)::int) END AS voted_on
    FROM generate_series(1, ${m}) i JOIN tpl t ON t.n = 1 + floor(${rnd("tpl", "i")} * ${n})::int`,
  );
  await step(
    "draft rows",
    `INSERT INTO draft (ref, symbol, voted_on, year, title, agenda_item, object_of_vote, procedural, modality, outcome, votes_complete)
    SELECT 'S/SYN/' || i, 'S/SYN/' || i, voted_on, year, 'Synthetic draft ' || i, 'Synthetic agenda item', object_of_vote, procedural, modality, outcome,
           modality = 'RECORDED_VOTE'
    FROM syn ORDER BY year, voted_on, i`,
  );
  await step("id map", `CREATE TEMP TABLE synid AS SELECT s.*, d.id AS draft_id FROM syn s JOIN draft d ON d.ref = 'S/SYN/' || s.i`);
  await c.query("CREATE INDEX ON synid (tpl_id)");
  await step(
    "vetoes",
    `INSERT INTO veto (draft_id, member_code, voted_on, year)
    SELECT s.draft_id, v.member_code, s.voted_on, s.year FROM synid s JOIN veto v ON v.draft_id = s.tpl_id`,
  );
  await step(
    "topics",
    `INSERT INTO draft_topic (draft_id, topic_slug)
    SELECT s.draft_id, t.topic_slug FROM synid s JOIN draft_topic t ON t.draft_id = s.tpl_id`,
  );
  await step(
    "votes",
    `INSERT INTO vote (draft_id, member_code, vote)
    SELECT s.draft_id, cs.member_code,
           CASE WHEN EXISTS (SELECT 1 FROM veto x WHERE x.draft_id = s.tpl_id AND x.member_code = cs.member_code) THEN 'N'::"VoteCast"
                ELSE COALESCE((SELECT vd.vote FROM vdist vd WHERE vd.outcome = s.outcome AND vd.permanent = cs.permanent
                               AND vd.cum >= ${rnd("vote", "s.i || ':' || cs.member_code")} ORDER BY vd.cum LIMIT 1), 'Y'::"VoteCast") END
    FROM synid s JOIN council_seat cs ON cs.year = s.year
      AND COALESCE(s.voted_on, make_date(s.year, 7, 1)) BETWEEN cs.starts_on AND cs.ends_on
    WHERE s.modality = 'RECORDED_VOTE'`,
  );
  await step(
    "tallies",
    `UPDATE draft d SET yes_count = t.y, no_count = t.no, abstain_count = t.a, non_voting_count = t.x
    FROM (SELECT v.draft_id, count(*) FILTER (WHERE vote = 'Y')::int AS y, count(*) FILTER (WHERE vote = 'N')::int AS no,
                 count(*) FILTER (WHERE vote = 'A')::int AS a, count(*) FILTER (WHERE vote = 'X')::int AS x
          FROM vote v JOIN synid s ON s.draft_id = v.draft_id GROUP BY v.draft_id) t
    WHERE d.id = t.draft_id AND t.y + t.no + t.a + t.x <= 15`,
  );
  await c.query("COMMIT");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scales = (process.argv[2] ?? "1,10,100").split(",").map(Number);
  for (const s of scales) await ensureBenchDb(s);
}
