// The embedded PostgreSQL: one PGlite instance served over the Postgres wire protocol, so the app
// (and every Next worker process) talks to it through a normal connection string.
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export interface EmbeddedServer {
  url: string;
  db: PGlite;
  stop(): Promise<void>;
}

export async function findFreePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const srv = net.createServer();
      srv.unref();
      srv.on("error", reject);
      srv.listen(port, "127.0.0.1", () => {
        const { port: p } = srv.address() as net.AddressInfo;
        srv.close(() => resolve(p));
      });
    });
  if (preferred) {
    try {
      return await tryPort(preferred);
    } catch {
      /* taken: fall back to any free port */
    }
  }
  return tryPort(0);
}

export async function startEmbeddedServer(options: {
  dataDir?: string; // undefined: in memory
  loadDataDir?: Blob | File;
  port?: number;
}): Promise<EmbeddedServer> {
  // pg_trgm (shipped with PGlite) for the symbol search: the migrations create the extension.
  const extensions = { pg_trgm };
  const db = options.loadDataDir
    ? await PGlite.create({ loadDataDir: options.loadDataDir, extensions })
    : await PGlite.create(options.dataDir ?? "memory://", { extensions });
  const port = await findFreePort(options.port);
  // PGlite runs one query at a time; the socket server queues every connection's messages and
  // keeps a transaction's on its own connection. pinProtocolCycles also keeps each query's
  // Parse…Sync together, so a pool of clients is safe.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
  pinProtocolCycles((server as unknown as { queryQueue: MessageQueue }).queryQueue);
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    db,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

// pglite-socket 0.2's queue (QueryQueueManager), as far as it is used here.
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}
interface MessageQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

// Messages that open or continue an extended-protocol cycle; Sync ('S') or a simple Query ('Q') ends it.
const CYCLE_MESSAGES = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // P B D E C H

/**
 * pglite-socket queues each protocol message on its own and, outside a transaction, runs the next
 * message of any connection. Two connections' parameterised queries then interleave on PGlite's
 * single session: B's Parse replaces the unnamed statement between A's Parse and A's Bind ("bind
 * message supplies 1 parameters, but prepared statement "" requires 3", "portal "" does not
 * exist", or A reading B's rows). 683 of 1,600 concurrent Prisma queries failed so
 * (tests/integration/embedded-concurrency.test.ts). This keeps a connection's messages together
 * from its Parse to its Sync, as well as through a transaction. (Its own processQueue also returned
 * with `processing` still set when PGlite threw, which would have stopped the queue for good.)
 */
function pinProtocolCycles(q: MessageQueue): void {
  let midCycle: number | null = null;
  q.processQueue = async () => {
    if (q.processing || q.queue.length === 0) return;
    q.processing = true;
    try {
      while (q.queue.length > 0) {
        const owner = midCycle ?? (q.db.isInTransaction() ? q.lastHandlerId : null);
        const index = owner === null ? 0 : q.queue.findIndex((m) => m.handlerId === owner);
        if (index === -1) break; // the owner's next message restarts processing when it is queued
        const item = q.queue.splice(index, 1)[0]!;
        let bytes = 0;
        try {
          await q.db.runExclusive(() =>
            q.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          midCycle = null;
          item.reject(error);
          continue;
        }
        midCycle = CYCLE_MESSAGES.has(item.message[0]!) ? item.handlerId : null;
        q.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      q.processing = false;
    }
  };
  // A connection that goes away mid-cycle must not hold the others back.
  const clear = q.clearTransactionIfNeeded.bind(q);
  q.clearTransactionIfNeeded = async (handlerId: number) => {
    if (midCycle === handlerId) midCycle = null;
    await clear(handlerId);
    await q.processQueue();
  };
}
