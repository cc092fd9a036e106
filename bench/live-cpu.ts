// CPU seconds per completed live order, the storefront's way against the express path (#12 item 6): one backend
// process (`medusa start`), N sequential guest orders through a cart link per path, the backend's user + system CPU
// read from /proc before and after (subscribers included: each run waits until the host's panel counts its orders
// and the process is idle again), minus what the idle process burns over the same time. Median of BENCH_RUNS runs.
// Usage: npm run bench:live-cpu --workspace @fengshou/bench   (env: BENCH_ORDERS=20 BENCH_RUNS=3 BENCH_PORT=9710)
// BENCH_BASELINE=<git revision or backend directory>[,…] also runs those revisions' backends (copies of apps/backend,
// each on its own port and database), taking turns with the working tree's within every run: before and after, side
// by side on the same machine at the same moment.
// BENCH_PAST_LINES=<n>: the fresh morels start with n past order lines (copies of a warm-up order's line, in no
// order), as a product sold n times looks to whatever counts its sales (the search index's sales_count).
// BENCH_COMPLETE_FIELDS=id,display_id: the completion's answer as the storefront asks for it; empty: Medusa's default
// answer, the whole order with its totals (what every entry before 2026-12-08 measured).
import { cpus, loadavg, totalmem } from "node:os"
import pg from "pg"
import {
  BENCH_ADMIN,
  morelLink,
  backendCall,
  type BackendStack,
  baselineBackend,
  benchDatabase,
  completePath,
  idleCpuRate,
  startBackend,
} from "./livestream-stack"

const ORDERS = Number(process.env.BENCH_ORDERS ?? 20)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const WARMUP = 3
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 0)
const BASELINES = (process.env.BENCH_BASELINE ?? "").split(",").filter(Boolean)
const PORT = Number(process.env.BENCH_PORT ?? 9710)
const PAST_LINES = Number(process.env.BENCH_PAST_LINES ?? 0)
// BENCH_PATHS=express (or standard): measure one path only, e.g. for a CPU profile of that path alone.
const PATHS = (process.env.BENCH_PATHS ?? "standard,express").split(",").map((p) => p.trim()) as Path[]
if (PATHS.some((p) => p !== "standard" && p !== "express")) throw new Error("BENCH_PATHS takes standard and/or express")
const ADDRESS = {
  first_name: "王小明",
  last_name: "",
  address_1: "建国路88号",
  address_2: "朝阳区",
  city: "北京市",
  province: "北京市",
  postal_code: "100022",
  country_code: "cn",
}
type Path = "standard" | "express"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

/** One backend under test: a live session selling through a link, and one order at a time on either path. */
async function subject(label: string, stack: BackendStack) {
  const call = backendCall(stack)
  const { host, session, link } = await morelLink(call, { title: "羊肚菌 CPU bench", cap: 5000, limit: 5 })

  // CPU per request kind (sequential, so a request's CPU is its own plus any subscriber still running behind it).
  const steps = new Map<string, number>()
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const c0 = stack.cpuSeconds()
    try {
      return await work()
    } finally {
      steps.set(name, (steps.get(name) ?? 0) + stack.cpuSeconds() - c0)
    }
  }
  let shopper = 0
  const order = async (path: Path) => {
    const i = shopper++
    // One email and mobile per shopper: the per-shopper limit counts both.
    const email = `fan${i}@example.cn`
    const shipping_address = { ...ADDRESS, phone: `137${String(i).padStart(8, "0")}` }
    let cartId: string
    if (path === "express") {
      cartId = (
        await step("express", () =>
          call("POST", `/store/live/links/${link.code}/express`, { email, shipping_address, locale: "zh-CN" }),
        )
      ).cart_id
    } else {
      // What the storefront sends today, step by step: the link's click only holds (app/[locale]/l/[code]/route.ts),
      // 去结算 makes the cart from the hold, then the checkout (lib/data/cart.ts, shipping.ts, payment.ts).
      const { hold_token } = await step("link hold", () => call("POST", `/store/live/links/${link.code}/hold`, {}))
      cartId = (
        await step("link cart", () =>
          call("POST", `/store/live/links/${link.code}/cart`, { hold_token, locale: "zh-CN" }),
        )
      ).cart_id
      await step("email + address", () => call("POST", `/store/carts/${cartId}`, { email, shipping_address }))
      const { shipping_options } = await step("shipping options", () =>
        call("GET", `/store/shipping-options?cart_id=${cartId}`),
      )
      for (const o of shipping_options)
        await step("shipping method", () =>
          call("POST", `/store/carts/${cartId}/shipping-methods?fields=id`, { option_id: o.id }),
        )
      const { payment_collection } = await step("payment collection", () =>
        call("POST", "/store/payment-collections", { cart_id: cartId }),
      )
      await step("payment session", () =>
        call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
          provider_id: "pp_system_default",
        }),
      )
    }
    const done = await step(`complete (${path})`, () => call("POST", completePath(cartId), {}))
    if (done.type !== "order") throw new Error(JSON.stringify(done).slice(0, 300))
    // BENCH_GAP_MS: a pause after each order, so its subscribers finish before the next order's first request and
    // the by-request table holds each request's own CPU (the rest of an order's is then its subscribers').
    if (GAP_MS) await sleep(GAP_MS)
  }
  const panelOrders = async () =>
    (await call("GET", `/host/sessions/${session.id}/stats`, undefined, host)).orders as number
  /** Waits for the subscribers of the orders so far, then for the process to go quiet; returns its idle CPU rate. */
  const settle = async () => {
    for (let i = 0; i < 120 && (await panelOrders()) < shopper; i++) await sleep(500)
    return idleCpuRate(stack, 0.05)
  }

  const results: Record<Path, { cpu: number[]; wall: number[] }> = {
    standard: { cpu: [], wall: [] },
    express: { cpu: [], wall: [] },
  }
  return { label, stack, order, settle, steps, results }
}

/** n copies of a fresh-morel order line with new ids, outside any order: the product's past sales, as counted. */
async function addPastLines(databaseUrl: string, n: number) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rowCount } = await db.query(
      `insert into order_line_item
       select (jsonb_populate_record(null::order_line_item, to_jsonb(l) || jsonb_build_object('id', 'ordli_past_' || g))).*
       from generate_series(1, $1::int) g,
         (select l.* from order_line_item l join product p on p.id = l.product_id
          where p.handle = 'fresh-morels' limit 1) l`,
      [n],
    )
    if (rowCount !== n)
      throw new Error(`BENCH_PAST_LINES: ${rowCount} of ${n} lines added (no fresh-morel line to copy?)`)
  } finally {
    await db.end()
  }
}

async function main() {
  const load = loadavg()
  const plan = [
    ...BASELINES.map((rev, i) => ({ ...baselineBackend(rev), port: PORT + 1 + i })),
    { label: "working tree", dir: undefined, port: PORT },
  ]
  const subjects: Awaited<ReturnType<typeof subject>>[] = []
  try {
    for (const [i, p] of plan.entries()) {
      const stack = await startBackend({
        port: p.port,
        admin: BENCH_ADMIN,
        backendDir: p.dir,
        database: plan.length > 1 ? await benchDatabase(`fengshou_bench_cpu_${process.pid}_${i}`) : undefined,
      })
      subjects.push(await subject(p.label, stack).catch(async (e) => (await stack.stop(), Promise.reject(e))))
    }
    for (const s of subjects) for (const path of PATHS) for (let i = 0; i < WARMUP; i++) await s.order(path)
    if (PAST_LINES) for (const s of subjects) await addPastLines(s.stack.databaseUrl, PAST_LINES)
    for (const s of subjects) s.steps.clear()
    for (let run = 0; run < RUNS; run++) {
      for (const s of subjects) {
        for (const path of PATHS) {
          const idle = await s.settle()
          const c0 = s.stack.cpuSeconds()
          const t0 = Date.now()
          for (let i = 0; i < ORDERS; i++) await s.order(path)
          const wall = (Date.now() - t0) / 1000
          await s.settle()
          const elapsed = (Date.now() - t0) / 1000
          const cpu = (s.stack.cpuSeconds() - c0 - idle * elapsed) / ORDERS
          s.results[path].cpu.push(cpu)
          s.results[path].wall.push(wall / ORDERS)
          console.log(
            `run ${run + 1} ${s.label}, ${path}: ${cpu.toFixed(3)} CPU s/order, ${(wall / ORDERS).toFixed(2)} s/order wall (idle ${idle.toFixed(3)} CPU s/s, load ${loadavg()[0]!.toFixed(1)})`,
          )
        }
      }
    }

    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 16)} UTC; load average before ${load.map((l) => l.toFixed(1)).join(" / ")}, after ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")}`,
    )
    console.log(
      `medusa start, one process per backend; ${ORDERS} sequential orders per run, ${RUNS} runs, ${WARMUP} warm-up orders per path`,
    )
    console.log(`| backend | path | requests per order | CPU s per order (median; runs) | wall s per order (median) |`)
    const requests: Record<Path, string> = { standard: "8 (9 with a second shipping profile)", express: "2" }
    for (const s of subjects) {
      for (const path of PATHS) {
        const r = s.results[path]
        console.log(
          `| ${s.label} | ${path} | ${requests[path]} | ${median(r.cpu).toFixed(2)} (${r.cpu.map((c) => c.toFixed(2)).join(", ")}) | ${median(r.wall).toFixed(2)} |`,
        )
      }
    }
    if (subjects.length > 1) {
      // Each run's pair ran a minute apart at most: its ratio cancels the machine's drift over the whole bench.
      const tree = subjects.at(-1)!
      console.log(`\nThe working tree's CPU per order over each baseline's, run by run:`)
      for (const s of subjects.slice(0, -1))
        for (const path of PATHS) {
          const ratios = tree.results[path].cpu.map((c, i) => c / s.results[path].cpu[i]!)
          console.log(
            `| ${path} | over ${s.label} | median ${median(ratios).toFixed(3)} | ${ratios.map((r) => r.toFixed(2)).join(", ")} |`,
          )
        }
    }
    const perOrder = ORDERS * RUNS
    console.log(
      `\nCPU s per order by request (mean over the runs; what subscribers spend after a request is not in it unless BENCH_GAP_MS):`,
    )
    for (const s of subjects)
      for (const [name, cpu] of s.steps) console.log(`| ${s.label} | ${name} | ${(cpu / perOrder).toFixed(3)} |`)
  } finally {
    await Promise.all(subjects.map((s) => s.stack.stop()))
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
