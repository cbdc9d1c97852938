// The embedded PostgreSQL: one PGlite instance served over the Postgres wire protocol, so the app
// (and every Next worker process) talks to it through a normal connection string.
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

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
  const db = options.loadDataDir
    ? await PGlite.create({ loadDataDir: options.loadDataDir })
    : await PGlite.create(options.dataDir ?? "memory://");
  const port = await findFreePort(options.port);
  // PGlite runs one query at a time; the socket server queues connections and keeps each
  // transaction on its own connection, so a pool of clients is safe.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
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
