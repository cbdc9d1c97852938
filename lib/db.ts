import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { readEnv } from "./env";

// The one Prisma client. Cached on globalThis so Next's dev reloads do not open new pools.
export function createPrismaClient(connectionString: string = readEnv().DATABASE_URL): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // A down database must fail fast (the error page answers within seconds), not hang.
    connectionTimeoutMillis: 3_000,
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  return (globalForPrisma.prisma ??= createPrismaClient());
}

/** Lazily created so that importing a module never requires DATABASE_URL (e.g. at build time). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getClient();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  if (globalForPrisma.prisma) {
    await globalForPrisma.prisma.$disconnect();
    globalForPrisma.prisma = undefined;
  }
}

export type { PrismaClient };
export { Prisma } from "./generated/prisma/client";
