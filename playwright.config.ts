import { rmSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in Debian's Chromium (never a downloaded browser). The web server is the
// production build on a fresh embedded database, created, migrated and seeded on start.
const port = Number(process.env.E2E_PORT ?? 3300);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;
const dbDir = ".data/e2e";
export const E2E_ADMIN = {
  email: process.env.E2E_ADMIN_EMAIL ?? "e2e-admin@example.org",
  password: process.env.E2E_ADMIN_PASSWORD ?? `e2e-${process.pid}-Pw!${Date.now().toString(36)}`,
};
process.env.E2E_ADMIN_EMAIL = E2E_ADMIN.email;
process.env.E2E_ADMIN_PASSWORD = E2E_ADMIN.password;
// Only the runner process starts from a clean database (workers evaluate this file too).
if (process.env.TEST_WORKER_INDEX === undefined && !process.env.E2E_BASE_URL && !process.env.E2E_KEEP_DB) rmSync(dbDir, { recursive: true, force: true });

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `npx tsx scripts/with-database.ts sh -c "next build && next start -p ${port}"`,
        url: `${baseURL}/`,
        timeout: 600_000,
        reuseExistingServer: !process.env.CI,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          EMBEDDED_DB_DIR: dbDir,
          EMBEDDED_DB_PORT: process.env.E2E_DB_PORT ?? "54339",
          DATABASE_URL: "",
          ADMIN_EMAIL: E2E_ADMIN.email,
          ADMIN_PASSWORD: E2E_ADMIN.password,
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
});
