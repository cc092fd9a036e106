// The backend alone, production-like (`medusa start`), on a fresh seeded database: one process, Medusa's cluster mode
// over Redis (BENCH_CLUSTER=2), or N server processes and a worker over Redis. Used by livestream.ts, live-cpu.ts and
// live-scale.ts.
import { execFileSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { freshDatabase, type TestDatabase } from "../apps/e2e/src/database"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"
import { runToEnd, startProcess, stopProcess, waitForUrl } from "../apps/e2e/src/processes"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const workingBackendDir = path.join(root, "apps/backend")
const require = createRequire(import.meta.url)
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100

/** A copy of apps/backend at `rev`, where Node finds this checkout's node_modules by walking up (as bench/search.ts). */
export function baselineBackend(rev: string): { label: string; dir: string } {
  // A directory of a backend already copied (it must lie inside this checkout for Node to find node_modules).
  if (existsSync(path.join(rev, "medusa-config.ts"))) return { label: path.relative(root, rev), dir: path.resolve(rev) }
  const sha = execFileSync("git", ["-C", root, "rev-parse", "--short", rev], { encoding: "utf8" }).trim()
  const base = path.join(root, "node_modules", ".cache", "bench-backend", sha)
  const dir = path.join(base, "apps/backend")
  if (!existsSync(dir)) {
    mkdirSync(base, { recursive: true })
    const archive = execFileSync("git", ["-C", root, "archive", sha, "apps/backend"], { maxBuffer: 1 << 30 })
    execFileSync("tar", ["-x", "-C", base], { input: archive })
    symlinkSync(path.join(root, "apps/backend/node_modules"), path.join(dir, "node_modules"))
  }
  return { label: sha, dir }
}

/** A database of its own per backend (freshDatabase names one per bench process). */
export async function benchDatabase(name: string): Promise<TestDatabase> {
  const admin = () => new pg.Client({ host: "localhost", port: 5432, user: "postgres", database: "postgres" })
  const c = admin()
  await c.connect()
  await c.query(`drop database if exists ${name} with (force)`)
  await c.query(`create database ${name}`)
  await c.end()
  return {
    url: `postgres://postgres@localhost:5432/${name}`,
    drop: async () => {
      const d = admin()
      await d.connect()
      await d.query(`drop database if exists ${name} with (force)`)
      await d.end()
    },
  }
}

/** The operator login the live benches make with `medusa user` (startBackend's `admin`). */
export const BENCH_ADMIN = { email: "bench-admin@example.cn", password: "bench-admin-pass" }

/** A guest's Beijing shipping address for the live benches; each shopper adds a mobile of its own. */
export const BENCH_ADDRESS = {
  first_name: "王小明",
  last_name: "",
  address_1: "建国路88号",
  city: "北京市",
  province: "北京市",
  postal_code: "100022",
  country_code: "cn",
}

/**
 * The cart completion as the storefront asks for it (`completeCart`, apps/storefront/src/lib/data/orders.ts): the
 * answer names the order only, and the confirmation page reads the order apart. `BENCH_COMPLETE_FIELDS=` (empty) asks
 * for Medusa's default answer, the whole order with its totals, as the CPU benches did before 2026-12-08.
 */
export function completePath(cartId: string): string {
  const fields = process.env.BENCH_COMPLETE_FIELDS ?? "id,display_id"
  return `/store/carts/${cartId}/complete${fields ? `?fields=${fields}` : ""}`
}

export type BackendStack = {
  url: string
  /** Every process that serves the store API (one unless `servers`), for a client that spreads its requests. */
  urls: string[]
  publishableKey: string
  databaseUrl: string
  rssMiB: () => number
  /** CPU seconds (user + system) the backend's processes have used so far, from /proc/<pid>/stat. */
  cpuSeconds: () => number
  /** The same per process: `server-1`…, `worker`, or `backend`. */
  cpuByProcess: () => { name: string; cpu: number }[]
  stop: () => Promise<void>
}

export async function startBackend(opts: {
  port: number
  cluster?: number
  /**
   * Medusa's server/worker split as separate processes on one database and Redis: `servers` processes with
   * MEDUSA_WORKER_MODE=server on port, port+1, …, and one worker (subscribers, jobs) on port+servers. Separate
   * processes rather than `--cluster --servers`, which caps the count at the CPU count.
   */
  servers?: number
  redisUrl?: string
  admin: { email: string; password: string }
  /** Another copy of apps/backend to run (an older revision, for a before/after in one run); the working tree's by default. */
  backendDir?: string
  /** A database of the caller's (two stacks in one bench process need two: freshDatabase names one per process). */
  database?: TestDatabase
}): Promise<BackendStack> {
  const backendDir = opts.backendDir ?? workingBackendDir
  const db = opts.database ?? (await freshDatabase())
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
  // BENCH_CPU_PROF=<dir>: V8 CPU profiles of the backend (one .cpuprofile per process, written when it stops).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []
  const args = [...profile, medusa, "start", ...(opts.cluster ? ["--cluster", String(opts.cluster)] : [])]
  const plan = opts.servers
    ? [
        ...Array.from({ length: opts.servers }, (_, i) => ({
          name: `server-${i + 1}`,
          port: opts.port + i,
          mode: "server",
        })),
        { name: "worker", port: opts.port + opts.servers, mode: "worker" },
      ]
    : [{ name: "backend", port: opts.port, mode: "shared" }]
  const processes = plan.map((p) =>
    startProcess(p.name, process.execPath, args, {
      cwd: backendDir,
      env: { ...env, PORT: String(p.port), MEDUSA_WORKER_MODE: p.mode },
    }),
  )
  const urls = plan.filter((p) => p.mode !== "worker").map((p) => `http://localhost:${p.port}`)
  const url = urls[0]!
  const stop = async () => {
    await Promise.all(processes.map((p) => stopProcess(p)))
    await db.drop().catch(() => {})
  }
  try {
    await Promise.all(plan.map((p, i) => waitForUrl(`http://localhost:${p.port}/health`, processes[i]!, 300_000)))
  } catch (error) {
    await stop()
    throw error
  }
  const rssMiB = () =>
    processes.reduce((sum, p) => {
      const out = execFileSync("ps", ["-o", "rss=", "-g", String(p.child.pid)], { encoding: "utf8" })
      return sum + out.split("\n").reduce((s, l) => s + (Number(l.trim()) || 0), 0) / 1024
    }, 0)
  const cpuByProcess = () => processes.map((p) => ({ name: p.name, cpu: groupCpuSeconds(p.child.pid) }))
  const cpuSeconds = () => cpuByProcess().reduce((s, p) => s + p.cpu, 0)
  return {
    url,
    urls,
    publishableKey: readFileSync(path.join(dataDir, "publishable-key"), "utf8").trim(),
    databaseUrl: db.url,
    rssMiB,
    cpuSeconds,
    cpuByProcess,
    stop,
  }
}

/**
 * CPU seconds (user + system) a process group has used so far, from /proc/<pid>/stat: a process started detached
 * (startProcess) leads its own group, so Medusa's cluster workers or Next's are counted with it.
 */
export function groupCpuSeconds(pid: number | undefined): number {
  const members = execFileSync("ps", ["-o", "pid=", "-g", String(pid)], { encoding: "utf8" })
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
  let ticks = 0
  for (const member of members) {
    // Fields after the ")" closing the command name: utime and stime are the 12th and 13th (man 5 proc).
    let stat: string
    try {
      stat = readFileSync(`/proc/${member}/stat`, "utf8")
    } catch {
      continue // exited between ps and the read
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks / CLOCK_TICKS
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of many shapes
type Json = any

/**
 * The demo host selling fresh morels at ¥85.00 through a one-pack cart link: signs in, plans a session, adds the offer
 * with `cap` and the per-shopper `limit`, starts it and makes the link. `call` is backendCall's (or one like it).
 */
export async function morelLink(
  call: (method: string, url: string, body?: unknown, token?: string) => Promise<Json>,
  opts: { title: string; cap: number; limit: number },
) {
  const login = { email: "host@demo.fengshou.local", password: E2E_DEMO_PASSWORD }
  const host = (await call("POST", "/auth/host/emailpass", login)).token as string
  const { products } = await call("GET", "/store/products?handle=fresh-morels&fields=*variants")
  const plan = { title: opts.title, platform: "douyin", scheduled_start_at: new Date().toISOString() }
  const { session } = await call("POST", "/host/sessions", plan, host)
  const offer = {
    variant_id: products[0].variants[0].id,
    live_price_fen: 8500,
    stock_cap: opts.cap,
    per_customer_limit: opts.limit,
  }
  const { session: withProduct } = await call("POST", `/host/sessions/${session.id}/products`, offer, host)
  await call("POST", `/host/sessions/${session.id}/start`, {}, host)
  const items = [{ session_product_id: withProduct.products[0].id, quantity: 1 }]
  const { link } = await call("POST", `/host/sessions/${session.id}/links`, { items }, host)
  const offerId = withProduct.products[0].id as string
  return { host, session: session as { id: string }, link: link as { code: string }, offerId }
}

/** JSON calls to the backend with its publishable key (and a bearer token when given); a 4xx or 5xx throws with the answer. */
/**
 * The backend's idle CPU rate (CPU s per s) once it has gone quiet: sampled every 2 s until it is at most `quietBelow`
 * (the setup's subscribers and jobs done), 20 samples at most. The live benches subtract it from what they measure.
 */
export async function idleCpuRate(stack: Pick<BackendStack, "cpuSeconds">, quietBelow: number) {
  let rate = Infinity
  for (let i = 0; i < 20 && rate > quietBelow; i++) {
    const c0 = stack.cpuSeconds()
    await new Promise((r) => setTimeout(r, 2000))
    rate = (stack.cpuSeconds() - c0) / 2
  }
  return rate
}

export function backendCall(stack: Pick<BackendStack, "url" | "publishableKey">) {
  return async (method: string, url: string, body?: unknown, token?: string): Promise<Json> => {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-publishable-api-key": stack.publishableKey,
    }
    if (token) headers.authorization = `Bearer ${token}`
    const res = await fetch(stack.url + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await res.json().catch(() => ({}))
    if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
    return json
  }
}
