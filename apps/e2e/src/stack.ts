// A production-like stack on this machine: a fresh database, the backend migrated and seeded
// (`medusa db:migrate` runs the demo seed) and started with `medusa start`, the built storefront
// started with `next start`. Used by the browser journeys and by bench/.
import { createHash, randomBytes } from "node:crypto"
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
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
  /** `next start`'s, for benches that read its CPU (bench/live-journey.ts). */
  storefrontPid: number
  stop: () => Promise<void>
}

const freshSecrets = () => ({
  JWT_SECRET: randomBytes(32).toString("hex"),
  COOKIE_SECRET: randomBytes(32).toString("hex"),
  HOUSEHOLD_DATA_KEY: randomBytes(32).toString("hex"),
  HOUSEHOLD_HASH_KEY: randomBytes(32).toString("hex"),
})

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
    // The backend's links in mails and its revalidate hook (POST /api/revalidate) go to this stack's storefront.
    STOREFRONT_URL: storefrontUrl,
    STORE_CORS: storefrontUrl,
    AUTH_CORS: storefrontUrl,
    MEDUSA_DISABLE_ADMIN: "true",
    ...freshSecrets(),
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
    return {
      backendUrl,
      storefrontUrl,
      publishableKey,
      databaseUrl: db.url,
      backendPid: backend.child.pid!,
      storefrontPid: storefront.child.pid!,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

export type AdminServer = {
  adminUrl: string
  /** The tail of the admin backend's log, for a failing journey to show. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * Medusa Admin for the journeys that need it (opt-in: the shared stack runs with MEDUSA_DISABLE_ADMIN). A second
 * backend in server mode (HTTP only: no jobs, the shared stack's backend keeps those) on the stack's database, serving
 * the dashboard built by `medusa build --admin-only`. The build is reused while src/admin, the config and the URL it
 * was built for are unchanged; an operator login is made with `medusa user`, as the README tells a person to.
 */
export async function startAdmin(opts: {
  databaseUrl: string
  port: number
  operator: { email: string; password: string }
}): Promise<AdminServer> {
  const adminUrl = `http://localhost:${opts.port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: opts.databaseUrl,
    FENGSHOU_DATA_DIR: mkdtempSync(path.join(tmpdir(), "fengshou-admin-data-")),
    PORT: String(opts.port),
    MEDUSA_BACKEND_URL: adminUrl,
    MEDUSA_WORKER_MODE: "server",
    ADMIN_CORS: adminUrl,
    AUTH_CORS: adminUrl,
    ...freshSecrets(),
    DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    REDIS_URL: "",
  }
  delete env.MEDUSA_DISABLE_ADMIN
  const medusa = require.resolve("@medusajs/cli/cli.js", { paths: [backendDir] })
  const { email, password } = opts.operator
  await Promise.all([
    buildAdmin(medusa, env, adminUrl),
    runToEnd("medusa user", process.execPath, [medusa, "user", "-e", email, "-p", password], { cwd: backendDir, env }),
  ])
  const server = startProcess("admin backend", process.execPath, [medusa, "start"], { cwd: backendDir, env })
  try {
    await waitForUrl(`${adminUrl}/app`, server, 180_000)
  } catch (error) {
    await stopProcess(server)
    throw error
  }
  return { adminUrl, output: server.output, stop: () => stopProcess(server) }
}

/** `medusa start` serves the dashboard from public/admin: a link to the build in .medusa/admin, rebuilt when stale. */
async function buildAdmin(medusa: string, env: NodeJS.ProcessEnv, adminUrl: string) {
  const built = path.join(backendDir, ".medusa/admin")
  const stamp = path.join(backendDir, ".medusa/admin-e2e.hash")
  const hash = createHash("sha256").update(adminUrl)
  const inputs = [
    ...listFiles(path.join(backendDir, "src/admin")),
    path.join(backendDir, "medusa-config.ts"),
    // What the extensions bundle from outside src/admin, and the dashboard itself.
    require.resolve("@fengshou/relief-core", { paths: [backendDir] }),
    require.resolve("@medusajs/dashboard/package.json", { paths: [backendDir] }),
  ]
  for (const file of inputs) {
    hash.update(file).update(readFileSync(file))
  }
  const digest = hash.digest("hex")
  const fresh =
    existsSync(path.join(built, "index.html")) && existsSync(stamp) && readFileSync(stamp, "utf8") === digest
  if (!fresh) {
    // The build also generates .medusa/types, which the backend's typecheck would then include: keep it only if a
    // developer's `medusa develop` had made it before.
    const types = path.join(backendDir, ".medusa/types")
    const hadTypes = existsSync(types)
    await runToEnd("medusa build --admin-only", process.execPath, [medusa, "build", "--admin-only"], {
      cwd: backendDir,
      env,
    })
    if (!hadTypes) rmSync(types, { recursive: true, force: true })
    writeFileSync(stamp, digest)
  }
  const served = path.join(backendDir, "public/admin")
  if (!existsSync(path.join(served, "index.html"))) {
    mkdirSync(path.dirname(served), { recursive: true })
    rmSync(served, { recursive: true, force: true })
    symlinkSync(path.relative(path.dirname(served), built), served)
  }
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
