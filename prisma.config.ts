import { defineConfig } from "prisma/config";

// The CLI only needs a URL for `prisma migrate deploy` / studio; `prisma generate` does not.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unsc" },
});
