// Scale-out of a live burst (#12 item 7): N Medusa server processes and one worker on one PostgreSQL and Redis
// (127.0.0.1), the client spreading requests over the servers as a load balancer would. 1,000 shoppers click a cart
// link within 10 s (cap 100, one per shopper): the click only holds (`POST /store/live/links/:code/hold`, no cart):
// claim answer P95, holds granted, sold-out answers. Then the 100 holders go on, their starts spread over a minute:
// the express path with their hold token (the cart is made from the hold, with address, shipping and payment session)
// and Medusa's completion: express and checkout P95, orders/s and CPU per order. Alongside: CPU seconds per process,
// PostgreSQL connections and lock waits, Redis commands, sampled.
// Usage: npm run bench:live-scale --workspace @fengshou/bench
// (env: BENCH_SERVERS=1,2 BENCH_SHOPPERS=1000 BENCH_CAP=100 BENCH_SPREAD_S=10 BENCH_GO_ON_S=60 BENCH_PORT=9730
//  BENCH_REDIS_URL=redis://127.0.0.1:6379/10, flushed before each N; CHECKOUT_CONCURRENCY=4 per server;
//  BENCH_WARMUP=20 orders per server before the burst; BENCH_COLD=1: no warm-up, no wait for quiet;
//  BENCH_COMPLETE_FIELDS=id,display_id, the completion's answer as the storefront asks, empty: Medusa's whole order)
// Also printed: the claim answers by the second of the burst they started in, this process's own event-loop delay
// during the burst (what it adds to each answer it times), and the holders' answers by 10 s of the paying minute.
import { execFile, execFileSync } from "node:child_process"
import { monitorEventLoopDelay } from "node:perf_hooks"
import { promisify } from "node:util"
import { cpus, loadavg, totalmem } from "node:os"
import {
  BENCH_ADDRESS,
  BENCH_ADMIN,
  baselineBackend,
  completePath,
  idleCpuRate,
  morelLink,
  startBackend,
} from "./livestream-stack"

const SERVERS = (process.env.BENCH_SERVERS ?? "1,2").split(",").map(Number)
const SHOPPERS = Number(process.env.BENCH_SHOPPERS ?? 1000)
const CAP = Number(process.env.BENCH_CAP ?? 100)
const SPREAD_MS = Number(process.env.BENCH_SPREAD_S ?? 10) * 1000
// The holders do not all pay at the click's second: they read the page, then go on within this many seconds.
const GO_ON_MS = Number(process.env.BENCH_GO_ON_S ?? 60) * 1000
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/10"
// A shop's servers at a flash sale have been up and selling: before the burst each server takes BENCH_WARMUP live
// orders (a holder's whole path on a link of its own, one at a time), then the stack is left to go quiet (a fresh
// database's worker first works through the demo seed's events, ~400 queued in Redis by the migration, seconds of CPU
// on a 2-core machine). BENCH_COLD=1 does neither and clicks at once, as every run before 2026-12-07 22:00 did.
const COLD = process.env.BENCH_COLD === "1"
const WARMUP = COLD ? 0 : Number(process.env.BENCH_WARMUP ?? 20)
// BENCH_BACKEND=<git revision or backend directory>: that backend instead of the working tree's (a copy, as
// bench:live-cpu's baselines), to run an older one in turns with this one on a machine whose speed drifts.
const BACKEND = process.env.BENCH_BACKEND ? baselineBackend(process.env.BENCH_BACKEND) : undefined
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of many shapes
type Json = any

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0
const redis = (...args: string[]) => {
  const db = new URL(REDIS_URL).pathname.slice(1) || "0"
  return execFileSync("redis-cli", ["-h", "127.0.0.1", "-n", db, ...args], { encoding: "utf8" })
}
const redisCommands = () => Number(/total_commands_processed:(\d+)/.exec(redis("info", "stats"))?.[1] ?? 0)
const psql = (dbUrl: string, sql: string) =>
  execFileSync("psql", [dbUrl, "-At", "-c", sql], { encoding: "utf8" }).trim()
// The sampler's psql runs beside the clicks: a synchronous one stopped this process's clock-keeping for as long as
// psql took on the loaded machine, adding that to every answer in flight.
const psqlAsync = async (dbUrl: string, sql: string) =>
  (await promisify(execFile)("psql", [dbUrl, "-At", "-c", sql], { encoding: "utf8" })).stdout.trim()

/** Rows whose first field is a start time in ms, grouped by window of `ms`, earliest first: [window index, rows]. */
function byWindow<T extends [number, ...number[]]>(rows: T[], ms: number): [number, T[]][] {
  const windows = new Map<number, T[]>()
  for (const row of rows) {
    const w = Math.floor(row[0] / ms)
    windows.set(w, [...(windows.get(w) ?? []), row])
  }
  return [...windows].sort((a, b) => a[0] - b[0])
}

/** The holders' express and checkout answers by the 10 s of the paying minute they started in (p50 / max ms each). */
function byTenSeconds(paid: [number, number, number][]) {
  return byWindow(paid, 10_000).map(([w, ps]) => {
    const express = ps.map((p) => p[1])
    const checkout = ps.map((p) => p[2])
    return `${w * 10}–${w * 10 + 10} s: ${ps.length} orders, express ${pct(express, 0.5)} / ${Math.max(...express)}, checkout ${pct(checkout, 0.5)} / ${Math.max(...checkout)}`
  })
}

/** Claim answers by the second of the burst they started in: how many, how many held, p50 / p95 / max ms. */
function bySecond(clicks: [number, number, number][]) {
  return byWindow(clicks, 1000).map(([second, cs]) => {
    const ms = cs.map((c) => c[1])
    const held = cs.filter((c) => c[2] === 200).length
    return `${second}s: ${cs.length} (${held} held) ${pct(ms, 0.5)} / ${pct(ms, 0.95)} / ${Math.max(...ms)}`
  })
}

async function burst(servers: number) {
  redis("flushdb")
  const stack = await startBackend({
    port: Number(process.env.BENCH_PORT ?? 9730),
    backendDir: BACKEND?.dir,
    servers,
    redisUrl: REDIS_URL,
    admin: BENCH_ADMIN,
  })
  let turn = 0
  const call = async (method: string, url: string, body?: unknown, token?: string) => {
    const base = stack.urls[turn++ % stack.urls.length]!
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-publishable-api-key": stack.publishableKey,
    }
    if (token) headers.authorization = `Bearer ${token}`
    const res = await fetch(base + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, json: (await res.json().catch(() => ({}))) as Json }
  }
  const ok = async (method: string, url: string, body?: unknown, token?: string) => {
    const r = await call(method, url, body, token)
    if (r.status >= 300) throw new Error(`${method} ${url} → ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`)
    return r.json
  }
  // PostgreSQL and Redis as the backends see them, every 500 ms.
  const dbName = new URL(stack.databaseUrl).pathname.slice(1)
  const samples: { connections: number; active: number; lockWaits: number }[] = []
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      const row = (
        await psqlAsync(
          stack.databaseUrl,
          `select count(*), count(*) filter (where state = 'active'), count(*) filter (where wait_event_type = 'Lock')
         from pg_stat_activity where datname = '${dbName}'`,
        )
      ).split("|")
      samples.push({ connections: Number(row[0]), active: Number(row[1]), lockWaits: Number(row[2]) })
      await sleep(500)
    }
  })()
  try {
    // A holder's path after the click: the express request with the hold token makes the cart, then the completion.
    const goOn = async (code: string, holdToken: string, who: string, phone: string) => {
      const started = Date.now()
      const { cart_id: cartId } = await ok("POST", `/store/live/links/${code}/express`, {
        email: `${who}@example.cn`,
        shipping_address: { ...BENCH_ADDRESS, phone },
        hold_token: holdToken,
      })
      const pay = Date.now()
      const done = await ok("POST", completePath(cartId), {})
      if (done.type !== "order") throw new Error(JSON.stringify(done).slice(0, 200))
      return { express: pay - started, checkout: Date.now() - pay }
    }
    const warmupOrders = WARMUP * servers
    const warmFrom = Date.now()
    if (warmupOrders) {
      const warm = await morelLink(ok, { title: "羊肚菌 warm-up", cap: warmupOrders, limit: 1 })
      for (let i = 0; i < warmupOrders; i++) {
        const held = await ok("POST", `/store/live/links/${warm.link.code}/hold`, {})
        await goOn(warm.link.code, held.hold_token, `warm${i}`, `135${String(i).padStart(8, "0")}`)
      }
    }
    const warmupSeconds = (Date.now() - warmFrom) / 1000
    const { link, offerId } = await morelLink(ok, { title: "羊肚菌 burst bench", cap: CAP, limit: 1 })
    const quietFrom = Date.now()
    const idleRate = COLD ? null : await idleCpuRate(stack, 0.05)
    const waitedSeconds = (Date.now() - quietFrom) / 1000

    // 1. The burst of clicks, each only holding.
    const cpu0 = stack.cpuByProcess()
    const redis0 = redisCommands()
    const claim: number[] = []
    const clicks: [number, number, number][] = []
    const lag = monitorEventLoopDelay({ resolution: 10 })
    lag.enable()
    const holders: string[] = []
    const answers = new Map<string, number>()
    const t0 = Date.now()
    await Promise.all(
      Array.from({ length: SHOPPERS }, async (_, i) => {
        await sleep((i * SPREAD_MS) / SHOPPERS)
        const started = Date.now()
        const r = await call("POST", `/store/live/links/${link.code}/hold`, {}).catch(() => ({
          status: 0,
          json: {} as Json,
        }))
        claim.push(Date.now() - started)
        clicks.push([started - t0, Date.now() - started, r.status])
        const key = `${r.status}${r.json?.code ? ` ${r.json.code}` : ""}`
        answers.set(key, (answers.get(key) ?? 0) + 1)
        if (r.status === 200 && r.json.holds?.length) holders.push(r.json.hold_token)
      }),
    )
    const burstSeconds = (Date.now() - t0) / 1000
    lag.disable()
    const samplesAfterBurst = samples.length
    const cpu1 = stack.cpuByProcess()

    // 2. The holders go on within a minute: the express path with their token makes the cart, then they pay.
    const express: number[] = []
    const checkout: number[] = []
    const journey: number[] = []
    let failed = 0
    const t1 = Date.now()
    let lastDone = t1
    const paid: [number, number, number][] = []
    await Promise.all(
      holders.map(async (holdToken, i) => {
        await sleep((i * GO_ON_MS) / holders.length)
        const started = Date.now()
        try {
          const took = await goOn(link.code, holdToken, `fan${i}`, `136${String(i).padStart(8, "0")}`)
          express.push(took.express)
          checkout.push(took.checkout)
          journey.push(Date.now() - started)
          paid.push([started - t1, took.express, took.checkout])
          lastDone = Date.now()
        } catch (error) {
          failed++
          if (failed <= 3) console.error(String(error))
        }
      }),
    )
    const paySeconds = (lastDone - t1) / 1000
    const cpu2 = stack.cpuByProcess()
    const redisUsed = redisCommands() - redis0
    sampling = false
    await sampler
    const [sold] = psql(stack.databaseUrl, `select sold from live_session_product where id = '${offerId}'`).split("\n")
    const peak = (xs: typeof samples, k: keyof (typeof samples)[number]) => Math.max(0, ...xs.map((s) => s[k]))
    const during = (from: number, to: number) => samples.slice(from, to)
    const burstS = during(0, samplesAfterBurst)
    const payS = during(samplesAfterBurst, samples.length)
    return {
      servers,
      // The warm-up's orders and time; how long the burst then waited for the stack to go quiet, and the CPU rate it
      // then burned idle (null: BENCH_COLD).
      warmupOrders,
      warmupSeconds,
      waitedSeconds,
      idleRate,
      answers: [...answers].map(([k, v]) => `${v} × ${k}`).join(", "),
      claimP50: pct(claim, 0.5),
      claimP95: pct(claim, 0.95),
      // This process's own event-loop delay during the clicks: what it adds to each answer it times.
      benchLagP99: Math.round(lag.percentile(99) / 1e6),
      benchLagMax: Math.round(lag.max / 1e6),
      claimBySecond: bySecond(clicks),
      paidByTenSeconds: byTenSeconds(paid),
      burstSeconds,
      holders: holders.length,
      orders: checkout.length,
      failed,
      sold: Number(sold),
      expressP50: pct(express, 0.5),
      expressP95: pct(express, 0.95),
      checkoutP50: pct(checkout, 0.5),
      checkoutP95: pct(checkout, 0.95),
      journeyP95: pct(journey, 0.95),
      ordersPerSecond: checkout.length / paySeconds,
      paySeconds,
      // Every process's CPU while the holders went on, per order placed.
      cpuPerOrder: cpu2.reduce((sum, p, i) => sum + p.cpu - cpu1[i]!.cpu, 0) / Math.max(1, checkout.length),
      perProcess: cpu0.map((p, i) => ({
        name: p.name,
        burstCpu: cpu1[i]!.cpu - p.cpu,
        payCpu: cpu2[i]!.cpu - cpu1[i]!.cpu,
      })),
      pg: `burst: ≤ ${peak(burstS, "connections")} connections, ≤ ${peak(burstS, "active")} active, ≤ ${peak(burstS, "lockWaits")} waiting on a lock; paying: ≤ ${peak(payS, "connections")} / ${peak(payS, "active")} / ${peak(payS, "lockWaits")}`,
      redisCommands: redisUsed,
    }
  } finally {
    sampling = false
    await sampler.catch(() => {})
    await stack.stop()
  }
}

async function main() {
  const load = loadavg()
  const results = []
  for (const n of SERVERS) {
    const r = await burst(n)
    console.log(JSON.stringify(r))
    results.push(r)
  }
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}; load average before ${load.map((l) => l.toFixed(1)).join(" / ")}, after ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}`,
  )
  console.log(
    `${SHOPPERS} shoppers click (hold) within ${SPREAD_MS / 1000} s at cap ${CAP}; the holders go on (express with the token, then complete) within ${GO_ON_MS / 1000} s; CHECKOUT_CONCURRENCY=${process.env.CHECKOUT_CONCURRENCY ?? 4} per server; backend: ${BACKEND?.label ?? "the working tree"}`,
  )
  console.log(
    `| servers + worker | answers | claim p50 / p95 ms | bench's own delay p99 / max ms | orders (failed) | sold | express p50 / p95 ms | checkout p50 / p95 ms | journey p95 ms | orders/s | CPU s per order | CPU s per process, burst / paying | PostgreSQL (sampled) | Redis commands |`,
  )
  for (const r of results)
    console.log(
      `| ${r.servers} + 1 | ${r.answers} | ${r.claimP50} / ${r.claimP95} | ${r.benchLagP99} / ${r.benchLagMax} | ${r.orders} (${r.failed}) | ${r.sold} | ${r.expressP50} / ${r.expressP95} | ${r.checkoutP50} / ${r.checkoutP95} | ${r.journeyP95} | ${r.ordersPerSecond.toFixed(2)} | ${r.cpuPerOrder.toFixed(2)} | ${r.perProcess.map((p) => `${p.name} ${p.burstCpu.toFixed(1)} / ${p.payCpu.toFixed(1)}`).join("; ")} | ${r.pg} | ${r.redisCommands} |`,
    )
  for (const r of results)
    console.log(
      `\n${r.servers} + 1, ${r.idleRate === null ? "clicked at once (BENCH_COLD=1)" : `${r.warmupOrders} warm-up orders (${r.warmupSeconds.toFixed(0)} s), then quiet (waited ${r.waitedSeconds.toFixed(1)} s, then ${r.idleRate.toFixed(3)} CPU s/s idle)`}; claim answers by second (clicks (held) p50 / p95 / max ms):\n${r.claimBySecond.join("\n")}\nthe holders by 10 s of the paying minute (p50 / max ms):\n${r.paidByTenSeconds.join("\n")}`,
    )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
