import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL("./", import.meta.url)),
  // `server-only` throws outside React Server Components; tests import query modules directly.
  "server-only": fileURLToPath(new URL("./tests/support/empty.ts", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        resolve: { alias },
        // next-intl's ESM build imports "next/server" without an extension, which Node's own loader
        // refuses; letting Vite load it resolves that (tests/unit/request-path.test.ts runs its middleware).
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], server: { deps: { inline: ["next-intl"] } } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/per-file-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
