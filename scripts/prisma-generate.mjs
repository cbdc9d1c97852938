// postinstall: generate the Prisma client. Prisma 7's client needs no engine binary, but the CLI
// insists on locating a schema engine; where it cannot be downloaded, point it at any file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(import.meta.url);
const cli = "node_modules/prisma/build/index.js";
if (!existsSync(cli)) process.exit(0); // installing without dev tooling
const r = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
