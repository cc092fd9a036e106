// What one click on a live link costs the server (#12, "admission at the first click"): one backend process
// (`medusa start`, production mode) on its own port and database, a live offer of cap 1 sold (one express order,
// completed) and an offer of dried morels with units to spare. Kinds of click (BENCH_KINDS, all by default), each a new shopper:
//   cart-sold-out  POST /store/live/links/:code/cart on the sold-out link (no cart_id)
//   hold-sold-out  POST /store/live/links/:code/hold on the sold-out link (no hold_token)
//   hold-win       POST /store/live/links/:code/hold on the other link: a hold granted, no cart
//   cart-win       POST /store/live/links/:code/cart on the other link: a hold and a new cart (not by default: ~0.3 s)
// For each, BENCH_CLICKS clicks one at a time, the process's user + system CPU from /proc before and after, minus what
// the idle process burns over the same time; then BENCH_ROUNDS rounds of BENCH_CONCURRENCY clicks sent at once, each
// click's latency (p50 / p95 over all rounds).
// BENCH_BASELINE=<git revision or backend directory>[,…] also runs each revision's backend (a copy of its apps/backend from
// `git archive`, with this checkout's node_modules) on the next ports, each on its own database, and they take turns:
// baseline(s), working tree, baseline(s), … (BENCH_RUNS turns each, 3 by default). A revision without the hold route
// (before 3831cc2) measures only the cart kinds, so the table sets its cart-sold-out click beside the working tree's
// hold-sold-out: the click a shopper makes at the link, then and now. Naming the working tree's own commit as one of
// them shows that a copy measures the same as the checkout.
// Usage: npm run bench:live-click --workspace @fengshou/bench
// (env: BENCH_CLICKS=300 BENCH_CONCURRENCY=20 BENCH_ROUNDS=10 BENCH_RUNS=3 BENCH_PORT=9740 BENCH_BASELINE=<rev>
//  BENCH_KINDS=cart-sold-out,hold-sold-out,hold-win)
import { cpus, loadavg, totalmem } from "node:os"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"
import {
  BENCH_ADDRESS,
  BENCH_ADMIN,
  backendCall,
  type BackendStack,
  baselineBackend,
  benchDatabase,
  idleCpuRate,
  startBackend,
} from "./livestream-stack"

const CLICKS = Number(process.env.BENCH_CLICKS ?? 300)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10)
const BASELINES = (process.env.BENCH_BASELINE ?? "").split(",").filter(Boolean)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const PORT = Number(process.env.BENCH_PORT ?? 9740)
const KINDS = ["cart-sold-out", "hold-sold-out", "hold-win", "cart-win"] as const
type Kind = (typeof KINDS)[number]
const WANTED = (process.env.BENCH_KINDS ?? "cart-sold-out,hold-sold-out,hold-win").split(",") as Kind[]
for (const k of WANTED) if (!KINDS.includes(k)) throw new Error(`BENCH_KINDS: ${k} is not one of ${KINDS.join(", ")}`)
const WARMUP = 30
// Units for the winning clicks of every run and round: each click is a new shopper taking one.
const SPARE_CAP = 100_000

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0

type Click = () => Promise<{ status: number; ms: number }>
type Subject = { label: string; stack: BackendStack; clicks: Partial<Record<Kind, Click>> }

/**
 * A started session with one offer of cap 1, sold to one express shopper whose order is placed, and one of
 * SPARE_CAP units; returns the kinds of click this backend has (a revision without the hold route, only the cart's).
 */
async function clickSubject(label: string, stack: BackendStack): Promise<Subject> {
  const call = backendCall(stack)
  const host = (
    await call("POST", "/auth/host/emailpass", { email: "host@demo.fengshou.local", password: E2E_DEMO_PASSWORD })
  ).token as string
  const { products } = await call("GET", "/store/products?handle=fresh-morels&fields=*variants")
  const plan = { title: "羊肚菌 click bench", platform: "douyin", scheduled_start_at: new Date().toISOString() }
  const { session } = await call("POST", "/host/sessions", plan, host)
  const { products: others } = await call("GET", "/store/products?handle=dried-morels&fields=*variants")
  const soldOut = products[0].variants[0]
  const spare = others[0].variants[0]
  // ¥1.00 live: below any shelf price, above the default floor.
  for (const [variant, cap, price] of [
    [soldOut, 1, 8500],
    [spare, SPARE_CAP, 100],
  ] as const) {
    const offer = { variant_id: variant.id, live_price_fen: price, stock_cap: cap, per_customer_limit: 1 }
    await call("POST", `/host/sessions/${session.id}/products`, offer, host)
  }
  const { session: started } = await call("POST", `/host/sessions/${session.id}/start`, {}, host)
  const linkOf = async (variantId: string) => {
    const product = started.products.find((p: { variant_id: string }) => p.variant_id === variantId)
    const items = [{ session_product_id: product.id, quantity: 1 }]
    return (await call("POST", `/host/sessions/${session.id}/links`, { items }, host)).link as { code: string }
  }
  const link = await linkOf(soldOut.id)
  const spareLink = await linkOf(spare.id)
  // The one unit, paid: a placed order's claim has no end, so the offer stays sold out however long the bench runs.
  const { cart_id } = await call("POST", `/store/live/links/${link.code}/express`, {
    email: "first@example.cn",
    shipping_address: { ...BENCH_ADDRESS, phone: "13700000000" },
  })
  const done = await call("POST", `/store/carts/${cart_id}/complete`, {})
  if (done.type !== "order") throw new Error(`${label}: the first order failed: ${JSON.stringify(done).slice(0, 300)}`)
  const clickOn =
    (code: string, route: "cart" | "hold", expected: { status: number; code?: string }): Click =>
    async () => {
      const t0 = performance.now()
      const res = await fetch(`${stack.url}/store/live/links/${code}/${route}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
        body: "{}",
      })
      const body = (await res.json().catch(() => ({}))) as { code?: string }
      if (res.status !== expected.status || body.code !== expected.code)
        throw new Error(
          `${label}: a ${route} click answered ${res.status} ${JSON.stringify(body).slice(0, 300)}, not ${expected.status} ${expected.code ?? ""}`,
        )
      return { status: res.status, ms: performance.now() - t0 }
    }
  const soldOutAnswer = { status: 409, code: "sold_out" }
  const all: Record<Kind, Click> = {
    "cart-sold-out": clickOn(link.code, "cart", soldOutAnswer),
    "hold-sold-out": clickOn(link.code, "hold", soldOutAnswer),
    "hold-win": clickOn(spareLink.code, "hold", { status: 200 }),
    "cart-win": clickOn(spareLink.code, "cart", { status: 200 }),
  }
  // An older backend answers Medusa's own 404 (no `code`) for a route it does not have.
  const probe = await fetch(`${stack.url}/store/live/links/${link.code}/hold`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
    body: "{}",
  })
  const holds = probe.status !== 404
  const clicks = Object.fromEntries(WANTED.filter((k) => holds || !k.startsWith("hold")).map((k) => [k, all[k]]))
  return { label, stack, clicks }
}

async function measure(stack: BackendStack, click: Click) {
  const idle = await idleCpuRate(stack, 0.02)
  const c0 = stack.cpuSeconds()
  const t0 = Date.now()
  for (let i = 0; i < CLICKS; i++) await click()
  const elapsed = (Date.now() - t0) / 1000
  const cpuMs = ((stack.cpuSeconds() - c0 - idle * elapsed) / CLICKS) * 1000
  const latencies: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const answers = await Promise.all(Array.from({ length: CONCURRENCY }, () => click()))
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
        database: await benchDatabase(`fengshou_bench_click_${process.pid}_${i}`),
      })
      const label = subjects.some((s) => s.label === p.label) ? `${p.label} (${i + 1})` : p.label
      subjects.push(await clickSubject(label, stack).catch(async (e) => (await stack.stop(), Promise.reject(e))))
    }
    for (const s of subjects)
      for (const click of Object.values(s.clicks)) for (let i = 0; i < WARMUP; i++) await click()
    const results = new Map<string, Awaited<ReturnType<typeof measure>>[]>()
    for (let run = 0; run < RUNS; run++) {
      for (const s of subjects) {
        for (const [kind, click] of Object.entries(s.clicks)) {
          const r = await measure(s.stack, click)
          const row = `${s.label}, ${kind}`
          results.set(row, [...(results.get(row) ?? []), r])
          console.log(
            `run ${run + 1} ${row}: ${r.cpuMs.toFixed(2)} CPU ms/click, ${r.sequentialMs.toFixed(1)} ms/click one at a time, ${CONCURRENCY} at once p50 / p95 ${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} ms (load ${loadavg()[0]!.toFixed(1)})`,
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
      `medusa start (production), one process each; per kind ${CLICKS} clicks one at a time, then ${ROUNDS} × ${CONCURRENCY} at once; ${RUNS} runs in turns, medians`,
    )
    console.log(
      `| version, click | CPU ms per click (runs) | ms per click one at a time | ${CONCURRENCY} at once p50 / p95 ms (runs) |`,
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
