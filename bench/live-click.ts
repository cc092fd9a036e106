// What one sold-out click costs the server (#12, "admission at the first click"): one backend process (`medusa start`,
// production mode) on its own port and database, a live offer of cap 1 sold (one express order, completed), then
// BENCH_CLICKS sold-out clicks (`POST /store/live/links/:code/cart`, each a new shopper with no cart) one at a time,
// the process's user + system CPU from /proc before and after, minus what the idle process burns over the same time;
// then BENCH_ROUNDS rounds of BENCH_CONCURRENCY clicks sent at once, each click's latency (p50 / p95 over all rounds).
// BENCH_BASELINE=<git revision or backend directory>[,…] also runs each revision's backend (a copy of its apps/backend from
// `git archive`, with this checkout's node_modules) on the next ports, each on its own database, and they take turns:
// baseline(s), working tree, baseline(s), … (BENCH_RUNS turns each, 3 by default). Naming the working tree's own
// commit as one of them shows that a copy measures the same as the checkout.
// Usage: npm run bench:live-click --workspace @fengshou/bench
// (env: BENCH_CLICKS=300 BENCH_CONCURRENCY=20 BENCH_ROUNDS=10 BENCH_RUNS=3 BENCH_PORT=9740 BENCH_BASELINE=<rev>)
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, symlinkSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import type { TestDatabase } from "../apps/e2e/src/database"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"
import {
  BENCH_ADDRESS,
  BENCH_ADMIN,
  backendCall,
  type BackendStack,
  idleCpuRate,
  startBackend,
} from "./livestream-stack"

const CLICKS = Number(process.env.BENCH_CLICKS ?? 300)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10)
const BASELINES = (process.env.BENCH_BASELINE ?? "").split(",").filter(Boolean)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const PORT = Number(process.env.BENCH_PORT ?? 9740)
const WARMUP = 30
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0

/** A copy of apps/backend at `rev`, where Node finds this checkout's node_modules by walking up (as bench/search.ts). */
function baselineBackend(rev: string): { label: string; dir: string } {
  // A directory of a backend already copied (it must lie inside this checkout for Node to find node_modules).
  if (existsSync(path.join(rev, "medusa-config.ts"))) return { label: path.relative(root, rev), dir: path.resolve(rev) }
  const sha = execFileSync("git", ["-C", root, "rev-parse", "--short", rev], { encoding: "utf8" }).trim()
  const base = path.join(root, "node_modules", ".cache", "bench-live-click", sha)
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
async function database(name: string): Promise<TestDatabase> {
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

type Subject = { label: string; stack: BackendStack; click: () => Promise<{ status: number; ms: number }> }

/** A started session with one offer of cap 1, sold to one express shopper whose order is placed; returns a click. */
async function soldOutLink(label: string, stack: BackendStack): Promise<Subject> {
  const call = backendCall(stack)
  const host = (
    await call("POST", "/auth/host/emailpass", { email: "host@demo.fengshou.local", password: E2E_DEMO_PASSWORD })
  ).token as string
  const { products } = await call("GET", "/store/products?handle=fresh-morels&fields=*variants")
  const plan = { title: "羊肚菌 click bench", platform: "douyin", scheduled_start_at: new Date().toISOString() }
  const { session } = await call("POST", "/host/sessions", plan, host)
  const offer = { variant_id: products[0].variants[0].id, live_price_fen: 8500, stock_cap: 1, per_customer_limit: 1 }
  const { session: withProduct } = await call("POST", `/host/sessions/${session.id}/products`, offer, host)
  await call("POST", `/host/sessions/${session.id}/start`, {}, host)
  const items = [{ session_product_id: withProduct.products[0].id, quantity: 1 }]
  const { link } = await call("POST", `/host/sessions/${session.id}/links`, { items }, host)
  // The one unit, paid: a placed order's claim has no end, so the offer stays sold out however long the bench runs.
  const { cart_id } = await call("POST", `/store/live/links/${link.code}/express`, {
    email: "first@example.cn",
    shipping_address: { ...BENCH_ADDRESS, phone: "13700000000" },
  })
  const done = await call("POST", `/store/carts/${cart_id}/complete`, {})
  if (done.type !== "order") throw new Error(`${label}: the first order failed: ${JSON.stringify(done).slice(0, 300)}`)
  const click = async () => {
    const t0 = performance.now()
    const res = await fetch(`${stack.url}/store/live/links/${link.code}/cart`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
      body: "{}",
    })
    const body = (await res.json().catch(() => ({}))) as { code?: string }
    if (res.status !== 409 || body.code !== "sold_out")
      throw new Error(
        `${label}: a click answered ${res.status} ${JSON.stringify(body).slice(0, 300)}, not 409 sold_out`,
      )
    return { status: res.status, ms: performance.now() - t0 }
  }
  return { label, stack, click }
}

async function measure(s: Subject) {
  const idle = await idleCpuRate(s.stack, 0.02)
  const c0 = s.stack.cpuSeconds()
  const t0 = Date.now()
  for (let i = 0; i < CLICKS; i++) await s.click()
  const elapsed = (Date.now() - t0) / 1000
  const cpuMs = ((s.stack.cpuSeconds() - c0 - idle * elapsed) / CLICKS) * 1000
  const latencies: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const answers = await Promise.all(Array.from({ length: CONCURRENCY }, () => s.click()))
    latencies.push(...answers.map((a) => a.ms))
  }
  return { cpuMs, sequentialMs: (elapsed * 1000) / CLICKS, p50: pct(latencies, 0.5), p95: pct(latencies, 0.95) }
}

async function main() {
  const load = loadavg()
  const plan = [
    ...BASELINES.map((rev, i) => ({ ...baselineBackend(rev), port: PORT + 1 + i })),
    { label: "working tree", dir: undefined, port: PORT },
  ]
  const subjects: Subject[] = []
  try {
    for (const [i, p] of plan.entries()) {
      const stack = await startBackend({
        port: p.port,
        admin: BENCH_ADMIN,
        backendDir: p.dir,
        database: await database(`fengshou_bench_click_${process.pid}_${i}`),
      })
      const label = subjects.some((s) => s.label === p.label) ? `${p.label} (${i + 1})` : p.label
      subjects.push(await soldOutLink(label, stack).catch(async (e) => (await stack.stop(), Promise.reject(e))))
    }
    for (const s of subjects) for (let i = 0; i < WARMUP; i++) await s.click()
    const results = new Map(subjects.map((s) => [s.label, [] as Awaited<ReturnType<typeof measure>>[]]))
    for (let run = 0; run < RUNS; run++) {
      for (const s of subjects) {
        const r = await measure(s)
        results.get(s.label)!.push(r)
        console.log(
          `run ${run + 1} ${s.label}: ${r.cpuMs.toFixed(2)} CPU ms/click, ${r.sequentialMs.toFixed(1)} ms/click one at a time, ${CONCURRENCY} at once p50 / p95 ${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} ms (load ${loadavg()[0]!.toFixed(1)})`,
        )
      }
    }
    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 16)} UTC; load average before ${load.map((l) => l.toFixed(1)).join(" / ")}, after ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")}`,
    )
    console.log(
      `medusa start (production), one process each; ${CLICKS} sold-out clicks one at a time, then ${ROUNDS} × ${CONCURRENCY} at once; ${RUNS} runs in turns, medians`,
    )
    console.log(
      `| version | CPU ms per sold-out click (runs) | ms per click one at a time | ${CONCURRENCY} at once p50 / p95 ms (runs) |`,
    )
    console.log(`|---|---|---|---|`)
    for (const [label, rs] of results) {
      const f = (xs: number[], d = 1) => xs.map((x) => x.toFixed(d)).join(", ")
      console.log(
        `| ${label} | ${median(rs.map((r) => r.cpuMs)).toFixed(2)} (${f(
          rs.map((r) => r.cpuMs),
          2,
        )}) | ${median(rs.map((r) => r.sequentialMs)).toFixed(1)} | ${median(rs.map((r) => r.p50)).toFixed(0)} / ${median(rs.map((r) => r.p95)).toFixed(0)} (${rs.map((r) => `${r.p50.toFixed(0)}/${r.p95.toFixed(0)}`).join(", ")}) |`,
      )
    }
  } finally {
    await Promise.all(subjects.map((s) => s.stack.stop()))
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
