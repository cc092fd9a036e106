// The backend alone, production-like (`medusa start`), on a fresh seeded database: one process, or Medusa's cluster
// mode over Redis (BENCH_CLUSTER=2). Used by livestream.ts.
import { execFileSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freshDatabase } from "../apps/e2e/src/database"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"
import { runToEnd, startProcess, stopProcess, waitForUrl } from "../apps/e2e/src/processes"

const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../apps/backend")
const require = createRequire(import.meta.url)

export type BackendStack = {
  url: string
  publishableKey: string
  databaseUrl: string
  rssMiB: () => number
  stop: () => Promise<void>
}

export async function startBackend(opts: {
  port: number
  cluster?: number
  redisUrl?: string
  admin: { email: string; password: string }
}): Promise<BackendStack> {
  const db = await freshDatabase()
  const dataDir = mkdtempSync(path.join(tmpdir(), "fengshou-bench-"))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: db.url,
    FENGSHOU_DATA_DIR: dataDir,
    PORT: String(opts.port),
    MEDUSA_BACKEND_URL: `http://localhost:${opts.port}`,
    MEDUSA_DISABLE_ADMIN: "true",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    HOUSEHOLD_DATA_KEY: randomBytes(32).toString("hex"),
    HOUSEHOLD_HASH_KEY: randomBytes(32).toString("hex"),
    REDIS_URL: opts.redisUrl ?? "",
    DEMO_PASSWORD: E2E_DEMO_PASSWORD,
  }
  const medusa = require.resolve("@medusajs/cli/cli.js", { paths: [backendDir] })
  await runToEnd("medusa db:migrate", process.execPath, [medusa, "db:migrate"], { cwd: backendDir, env })
  await runToEnd("medusa user", process.execPath, [medusa, "user", "-e", opts.admin.email, "-p", opts.admin.password], {
    cwd: backendDir,
    env,
  })
  const args = [medusa, "start", ...(opts.cluster ? ["--cluster", String(opts.cluster)] : [])]
  const backend = startProcess("backend", process.execPath, args, { cwd: backendDir, env })
  const url = `http://localhost:${opts.port}`
  const stop = async () => {
    await stopProcess(backend)
    await db.drop().catch(() => {})
  }
  try {
    await waitForUrl(`${url}/health`, backend, 180_000)
  } catch (error) {
    await stop()
    throw error
  }
  // Resident memory of the whole backend (the cluster primary and its workers share one process group).
  const rssMiB = () => {
    const out = execFileSync("ps", ["-o", "rss=", "-g", String(backend.child.pid)], { encoding: "utf8" })
    return out.split("\n").reduce((s, l) => s + (Number(l.trim()) || 0), 0) / 1024
  }
  return {
    url,
    publishableKey: readFileSync(path.join(dataDir, "publishable-key"), "utf8").trim(),
    databaseUrl: db.url,
    rssMiB,
    stop,
  }
}
