// Test databases: a real PostgreSQL server when TEST_DATABASE_URL is set, otherwise the embedded
// PostgreSQL (PGlite) served over a socket — the same code path either way.
import net from "node:net";
import pg from "pg";

/** The server the tests create their databases on: TEST_DATABASE_URL only, never DATABASE_URL (a developer's own database). */
export function serverUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** An empty database of the same kind as the test run's (for migrator tests). */
export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  // Inside a test file DATABASE_URL points at that file's copy; the server comes from the setup.
  const server = process.env.TEST_SERVER_URL;
  if (server) {
    const name = `unsc_empty_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(server, `CREATE DATABASE ${name}`);
    return { url: withDatabase(server, name), drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const { startEmbeddedServer } = await import("../../lib/db/embedded");
  const embedded = await startEmbeddedServer({});
  return { url: embedded.url, drop: () => embedded.stop() };
}
