// Catalog read benchmark: autocannon against the store API's product list and the storefront's home and
// product pages, on a production-like stack (`medusa start`, `next start`) with a fresh seeded database.
// Usage: npm run bench   (env: BENCH_SECONDS=10 BENCH_RUNS=3 BENCH_CONNECTIONS=10)
//        BENCH_STORE_CACHE=compare npm run bench   (the store API with and without Medusa's Caching Module)
// bench/perf.ts imports measure() and pricedProducts() from here; run as a script it does the above.
import { fork } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { cpus, loadavg, tmpdir, totalmem } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import { freshDatabase } from "../apps/e2e/src/database"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"
import { runToEnd, startProcess, type Started, stopProcess, waitForUrl } from "../apps/e2e/src/processes"
import { startStack } from "../apps/e2e/src/stack"

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const runs = Number(process.env.BENCH_RUNS ?? 3)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)

export type Target = { name: string; url: string; headers?: Record<string, string> }
export type Run = { rps: number; p50: number; p90: number; p99: number; errors: number; non2xx: number }

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** One autocannon run against a target (BENCH_CONNECTIONS connections for BENCH_SECONDS unless told). */
export async function measure(target: Target, opts = { connections, seconds }): Promise<Run> {
  const result = await autocannon({
    url: target.url,
    headers: target.headers,
    connections: opts.connections,
    duration: opts.seconds,
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** The store API's product list with prices: the first region's id makes Medusa return `calculated_price`. */
export async function pricedProducts(
  stack: { backendUrl: string; publishableKey: string },
  limit: number,
  name = "",
): Promise<Target> {
  const headers = { "x-publishable-api-key": stack.publishableKey }
  const { regions } = (await (await fetch(`${stack.backendUrl}/store/regions`, { headers })).json()) as {
    regions: { id: string }[]
  }
  if (!regions[0]) throw new Error(`${stack.backendUrl} has no region to price the products in`)
  return {
    name,
    url: `${stack.backendUrl}/store/products?limit=${limit}&region_id=${regions[0].id}&fields=*variants.calculated_price`,
    headers,
  }
}

type StackInfo = { backendUrl: string; publishableKey: string; stop: () => Promise<void> }

/** A stack started by a child process of this script (BENCH_SERVE_STACK), stopped when the child is told to end. */
function startInChild(cache: "off" | "on", offset: number): Promise<StackInfo> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, BENCH_SERVE_STACK: String(offset), STORE_CACHE: cache },
    execArgv: process.execArgv,
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  })
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  return new Promise((resolve, reject) => {
    child.once("message", (info: { backendUrl: string; publishableKey: string }) =>
      resolve({ ...info, stop: () => (child.send("stop"), exited) }),
    )
    child.once("exit", (code) => reject(new Error(`the ${cache} stack's process ended (${code}) before it started`)))
  })
}

/**
 * The backend of apps/e2e/src/stack.ts alone (fresh database, `medusa db:migrate` with the demo seed, `medusa start`
 * in production mode, in-memory modules): the store API comparison needs no storefront, so it neither builds nor
 * waits for the storefront's shared .next.
 */
async function startBackend(port: number): Promise<StackInfo> {
  const db = await freshDatabase()
  const dataDir = mkdtempSync(path.join(tmpdir(), "fengshou-bench-data-"))
  const backendUrl = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: db.url,
    FENGSHOU_DATA_DIR: dataDir,
    PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_DISABLE_ADMIN: "true",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    HOUSEHOLD_DATA_KEY: randomBytes(32).toString("hex"),
    HOUSEHOLD_HASH_KEY: randomBytes(32).toString("hex"),
    REVALIDATE_SECRET: randomBytes(16).toString("hex"),
    DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    REDIS_URL: "",
  }
  const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../apps/backend")
  const medusa = createRequire(import.meta.url).resolve("@medusajs/cli/cli.js", { paths: [backendDir] })
  let backend: Started | undefined
  const stop = async () => {
    if (backend) await stopProcess(backend)
    await db.drop().catch(() => {})
  }
  try {
    await runToEnd("medusa db:migrate", process.execPath, [medusa, "db:migrate"], { cwd: backendDir, env })
    backend = startProcess("backend", process.execPath, [medusa, "start"], { cwd: backendDir, env })
    await waitForUrl(`${backendUrl}/health`, backend, 300_000)
    const publishableKey = readFileSync(path.join(dataDir, "publishable-key"), "utf8").trim()
    return { backendUrl, publishableKey, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function serveStack(offset: number) {
  const stack = await startBackend(9200 + offset)
  process.send!({ backendUrl: stack.backendUrl, publishableKey: stack.publishableKey })
  process.once("message", () => void stack.stop().then(() => process.exit(0)))
}

/**
 * BENCH_STORE_CACHE=compare (#17 item 3): two stacks side by side, one with Medusa's Caching Module turned off
 * (STORE_CACHE=off) and one with it (the default), measured turn about on `GET /store/products?limit=12` with prices,
 * so the machine's noise falls on both alike. Prints the runs and the medians with the load average.
 */
async function compareStoreCache() {
  const start = async (cache: "off" | "on", offset: number) => {
    process.env.STORE_CACHE = cache
    return startBackend(9200 + offset)
  }
  // The stack's database is named after the process, so the second stack runs in a child process of this script.
  const off = await startInChild("off", 0)
  const on = await start("on", 1).catch(async (error) => {
    await off.stop()
    throw error
  })
  try {
    const stacks = { off: await pricedProducts(off, 12), on: await pricedProducts(on, 12) }
    const results: Record<"off" | "on", Run[]> = { off: [], on: [] }
    const loads: string[] = [
      loadavg()
        .map((l) => l.toFixed(2))
        .join(" "),
    ]
    for (const t of Object.values(stacks)) for (let i = 0; i < 20; i++) await fetch(t.url, { headers: t.headers })
    for (let i = 0; i < runs; i++) {
      for (const which of ["off", "on"] as const) {
        // The other backend's queue from its run (seconds long without the cache) drains before this one starts.
        await new Promise((resolve) => setTimeout(resolve, 5_000))
        const r = await measure(stacks[which])
        results[which].push(r)
        console.error(
          `run ${i + 1} cache ${which}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50} ms, load ${loadavg()[0]!.toFixed(2)}`,
        )
      }
    }
    loads.push(
      loadavg()
        .map((l) => l.toFixed(2))
        .join(" "),
    )
    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    )
    console.log(
      `Date: ${new Date().toISOString()}; ${runs} runs × ${seconds} s each, ${connections} connections, interleaved; ` +
        `load average (1/5/15 min) before ${loads[0]}, after ${loads[1]}\n`,
    )
    console.log(
      "| GET /store/products?limit=12, priced | runs, req/s | median req/s | p50 ms | p90 ms | p99 ms | errors + non-2xx |",
    )
    console.log("|---|---|---|---|---|---|---|")
    for (const which of ["off", "on"] as const) {
      const rs = results[which]
      console.log(
        `| Caching Module ${which} | ${rs.map((r) => r.rps.toFixed(1)).join(" / ")} | ${median(rs.map((r) => r.rps)).toFixed(1)} | ` +
          `${median(rs.map((r) => r.p50))} | ${median(rs.map((r) => r.p90))} | ${median(rs.map((r) => r.p99))} | ` +
          `${rs.reduce((n, r) => n + r.errors + r.non2xx, 0)} |`,
      )
    }
  } finally {
    await on.stop()
    await off.stop()
  }
}

async function main() {
  if (process.env.BENCH_SERVE_STACK) return serveStack(Number(process.env.BENCH_SERVE_STACK))
  if (process.env.BENCH_STORE_CACHE === "compare") return compareStoreCache()
  const stack = await startStack({ backendPort: 9200, storefrontPort: 8200 })
  try {
    const targets: Target[] = [
      await pricedProducts(stack, 20, "backend GET /store/products (20, priced)"),
      { name: "storefront GET / (home)", url: `${stack.storefrontUrl}/` },
      { name: "storefront GET /products/changsheng-millet", url: `${stack.storefrontUrl}/products/changsheng-millet` },
    ]
    const rows: string[] = []
    for (const target of targets) {
      for (let i = 0; i < 20; i++) await fetch(target.url, { headers: target.headers }) // warm caches and JIT
      const results: Run[] = []
      for (let i = 0; i < runs; i++) results.push(await measure(target))
      const bad = results.reduce((n, r) => n + r.errors + r.non2xx, 0)
      rows.push(
        `| ${target.name} | ${median(results.map((r) => r.rps)).toFixed(0)} | ${median(results.map((r) => r.p50))} | ` +
          `${median(results.map((r) => r.p90))} | ${median(results.map((r) => r.p99))} | ${bad} |`,
      )
      console.error(`done: ${target.name}`)
    }
    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    )
    console.log(
      `Date: ${new Date().toISOString().slice(0, 10)}; ${runs} runs × ${seconds} s, ${connections} connections each; medians\n`,
    )
    console.log("| target | req/s | p50 ms | p90 ms | p99 ms | errors + non-2xx |")
    console.log("|---|---|---|---|---|---|")
    for (const row of rows) console.log(row)
  } finally {
    await stack.stop()
  }
}

// Run as a script (tsx catalog.ts, or the BENCH_SERVE_STACK child it forks), not when imported by perf.ts.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
