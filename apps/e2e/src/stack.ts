// A production-like stack on this machine: a fresh database, the backend migrated and seeded
// (`medusa db:migrate` runs the demo seed) and started with `medusa start`, the built storefront
// started with `next start`. Used by the browser journeys and by bench/.
import { randomBytes } from "node:crypto"
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freshDatabase } from "./database"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { runToEnd, startProcess, stopProcess, waitForUrl, type Started } from "./processes"

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
const backendDir = path.join(repo, "apps/backend")
const storefrontDir = path.join(repo, "apps/storefront")
const require = createRequire(import.meta.url)

export type Stack = {
  backendUrl: string
  storefrontUrl: string
  publishableKey: string
  /** The stack's throwaway database, for journeys that read what the backend stored (e.g. a mailed reset link). */
  databaseUrl: string
  backendPid: number
  stop: () => Promise<void>
}

export async function startStack(opts: {
  backendPort: number
  storefrontPort: number
  rebuild?: boolean
}): Promise<Stack> {
  const backendUrl = `http://localhost:${opts.backendPort}`
  const storefrontUrl = `http://localhost:${opts.storefrontPort}`
  const db = await freshDatabase()
  const dataDir = mkdtempSync(path.join(tmpdir(), "fengshou-stack-data-"))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: db.url,
    FENGSHOU_DATA_DIR: dataDir,
    PORT: String(opts.backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STORE_CORS: storefrontUrl,
    AUTH_CORS: storefrontUrl,
    MEDUSA_DISABLE_ADMIN: "true",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    HOUSEHOLD_DATA_KEY: randomBytes(32).toString("hex"),
    HOUSEHOLD_HASH_KEY: randomBytes(32).toString("hex"),
    REVALIDATE_SECRET: randomBytes(16).toString("hex"),
    DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    REDIS_URL: "",
  }
  const medusa = require.resolve("@medusajs/cli/cli.js", { paths: [backendDir] })
  const next = require.resolve("next/dist/bin/next", { paths: [storefrontDir] })
  const started: Started[] = []
  const stop = async () => {
    for (const s of started.reverse()) await stopProcess(s)
    await db.drop().catch(() => {})
  }

  try {
    await runToEnd("medusa db:migrate", process.execPath, [medusa, "db:migrate"], { cwd: backendDir, env })
    const backend = startProcess("backend", process.execPath, [medusa, "start"], { cwd: backendDir, env })
    started.push(backend)
    if (opts.rebuild || !existsSync(path.join(storefrontDir, ".next/BUILD_ID"))) {
      await runToEnd("next build", process.execPath, [next, "build"], { cwd: storefrontDir, env })
    }
    const storefront = startProcess(
      "storefront",
      process.execPath,
      [next, "start", "-p", String(opts.storefrontPort)],
      {
        cwd: storefrontDir,
        env,
      },
    )
    started.push(storefront)
    await waitForUrl(`${backendUrl}/health`, backend, 180_000)
    await waitForUrl(storefrontUrl, storefront, 120_000)
    const publishableKey = readFileSync(path.join(dataDir, "publishable-key"), "utf8").trim()
    return { backendUrl, storefrontUrl, publishableKey, databaseUrl: db.url, backendPid: backend.child.pid!, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
