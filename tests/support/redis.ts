// Redis for the shared-cache tests: the machine's server (REDIS_URL of the test run, or
// 127.0.0.1:6379) under a key prefix of the test's own, and a TCP relay to it that a test can cut
// and restore (Redis "down" without stopping the server others use).
import { randomBytes } from "node:crypto";
import net from "node:net";
import { createClient } from "redis";
import { freePort } from "./databases";

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** A key prefix no other test run uses (REDIS_KEY_PREFIX). */
export function testKeyPrefix(): string {
  return `unsc-test-${randomBytes(5).toString("hex")}:`;
}

/** Deletes every key under `prefix`. */
export async function dropKeys(prefix: string): Promise<void> {
  const client = createClient({ url: TEST_REDIS_URL });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
      const list = [keys].flat();
      if (list.length) await client.unlink(list);
    }
  } finally {
    await client.quit();
  }
}

/** A relay on 127.0.0.1:<port> to the test Redis; `cut()` closes it and every connection, `restore()` opens it again. */
export async function redisRelay() {
  const target = new URL(TEST_REDIS_URL);
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 6379), target.hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        for (const s of [client, upstream]) s.on("error", () => {}).on("close", () => (client.destroy(), upstream.destroy()));
      });
      server.listen(port, "127.0.0.1", resolve);
    });
  await open();
  return {
    url: `redis://127.0.0.1:${port}`,
    cut: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        sockets.clear();
        if (!server) return resolve();
        server.close(() => resolve());
        server = null;
      }),
    restore: open,
  };
}
