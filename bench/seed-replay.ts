// The field reports, replayed on a fresh database (migrate + demo seed, `medusa start`), then read back the way an
// official reads them, and checked against the orders, the relief ledger's own rows and (Beima) the host's live panel.
// (a) The Beima morel hour: 550,000 g of morels for ¥98,000 = 9,800,000 fen through one live session within the hour.
//     A live price must stay below the shelf price (fresh 500 g ¥89, dried 100 g ¥128), and ¥98,000 / 1,100 packs is
//     above ¥89, so the session sells both: 600 fresh packs at ¥88 and 50 dried at ¥120, then a flash price of ¥80
//     for the last 490 fresh packs: 600 × 8,800 + 50 × 12,000 + 490 × 8,000 = 9,800,000 fen and
//     1,090 × 500 g + 50 × 100 g = 550,000 g. Hotels and community group buyers take 20- or 10-pack cart links (60 orders).
// (b) The Guiyang year: seed-replay-guiyang.ts (run with `medusa exec`) creates 贵阳市's cooperatives and 72 orders
//     dated across 2025: 435,000,000 g of vegetables for 130,500,000 fen; 562 households, 2,325 persons.
// Prints expected | report | orders | ledger | live panel and exits 1 when any figure disagrees.
// Usage: npm run bench:replay --workspace @fengshou/bench   (env: BENCH_REPLAY=beima|guiyang for one of them)
import { randomBytes } from "node:crypto"
import { mkdtempSync } from "node:fs"
import { createRequire } from "node:module"
import { cpus, loadavg, tmpdir, totalmem } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { shanghaiDate } from "@fengshou/relief-core"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"
import { startProcess } from "../apps/e2e/src/processes"
import { backendCall, type BackendStack, startBackend } from "./livestream-stack"
import { GUIYANG } from "./seed-replay-data"

const here = path.dirname(fileURLToPath(import.meta.url))
const backendDir = path.resolve(here, "../apps/backend")
const ADMIN = { email: "bench-admin@example.cn", password: "bench-admin-pass" }
const BEIMA = { region: "371003106229", official: "wendeng@demo.fengshou.local", grams: 550_000, fen: 9_800_000 }
type Offer = "fresh" | "dried"
const repeat = (n: number, order: [Offer, number]) => Array.from({ length: n }, () => order)
// In the order they sell: each phase sets the offers' live prices, then its orders (offer, packs) go through.
const PHASES: { prices: Partial<Record<Offer, number>>; orders: [Offer, number][] }[] = [
  {
    prices: { fresh: 8800, dried: 12_000 },
    orders: [...repeat(30, ["fresh", 20]), ...repeat(5, ["dried", 10])],
  },
  { prices: { fresh: 8000 }, orders: [...repeat(24, ["fresh", 20]), ...repeat(1, ["fresh", 10])] },
]
const SHOPPERS = 8
/** BENCH_REPLAY=beima or guiyang runs only that replay (default: both). */
const ONLY = process.env.BENCH_REPLAY
const ADDRESS = {
  first_name: "小明",
  last_name: "王",
  phone: "13800138000",
  address_1: "环山路1号 (酒店)",
  city: "威海市",
  province: "山东省",
  postal_code: "264200",
  country_code: "cn",
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of many shapes
type Json = any
type Figures = { fen: number; grams: number; per_person_fen: number | null }

function client(stack: BackendStack) {
  const call = backendCall(stack)
  const login = async (actor: string, email: string, password: string) =>
    (await call("POST", `/auth/${actor}/emailpass`, { email, password })).token as string
  return { call, login }
}

/** The ledger's own rows, summed in SQL: sales net, grams, and poor/monitored households' income per person. */
async function ledgerFigures(databaseUrl: string, where: string, params: unknown[]): Promise<Figures> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows } = await db.query(
      `with e as (select * from relief_ledger_entry where deleted_at is null and ${where}),
            h as (select household_id, sum(amount_fen) as net,
                          (array_agg(household_persons order by occurred_at desc, household_persons desc))[1] as persons,
                          (array_agg(household_status order by occurred_at desc))[1] as status
                  from e where party = 'household' group by household_id)
       select (select coalesce(sum(amount_fen), 0) from e)::bigint as fen,
              (select coalesce(sum(quantity_g), 0) from e where party = 'cooperative')::bigint as grams,
              (select coalesce(sum(net), 0) from h where status in ('registered_poor', 'monitored'))::bigint as income,
              (select coalesce(sum(persons), 0) from h where net > 0 and status in ('registered_poor', 'monitored'))::bigint as persons`,
      params,
    )
    const r = rows[0]
    const persons = Number(r.persons)
    return {
      fen: Number(r.fen),
      grams: Number(r.grams),
      per_person_fen: persons ? Math.round(Number(r.income) / persons) : 0,
    }
  } finally {
    await db.end()
  }
}

async function beimaHour(stack: BackendStack) {
  const { call, login } = client(stack)
  const host = await login("host", "host@demo.fengshou.local", E2E_DEMO_PASSWORD)
  const { products } = await call(
    "GET",
    "/store/products?handle[]=fresh-morels&handle[]=dried-morels&fields=handle,*variants",
  )
  const variants = {
    fresh: products.find((p: Json) => p.handle === "fresh-morels").variants[0],
    dried: products.find((p: Json) => p.handle === "dried-morels").variants[0],
  }
  const { session } = await call(
    "POST",
    "/host/sessions",
    { title: "北马村羊肚菌一小时 (replay)", platform: "douyin", scheduled_start_at: new Date().toISOString() },
    host,
  )
  const offers = {} as Record<Offer, string>
  for (const [offer, cap, limit] of [
    ["fresh", 1090, 20],
    ["dried", 50, 10],
  ] as const) {
    const { session: s } = await call(
      "POST",
      `/host/sessions/${session.id}/products`,
      {
        variant_id: variants[offer].id,
        live_price_fen: PHASES[0]!.prices[offer],
        stock_cap: cap,
        per_customer_limit: limit,
      },
      host,
    )
    offers[offer] = s.products.find((p: Json) => p.variant_id === variants[offer].id).id
  }
  await call("POST", `/host/sessions/${session.id}/start`, {}, host)
  const started = Date.now()
  let shopper = 0
  for (const phase of PHASES) {
    for (const [offer, price] of Object.entries(phase.prices) as [Offer, number][])
      await call("POST", `/host/sessions/${session.id}/products/${offers[offer]}`, { live_price_fen: price }, host)
    const links = new Map<string, string>()
    for (const [offer, quantity] of phase.orders) {
      if (links.has(`${offer}${quantity}`)) continue
      const { link } = await call(
        "POST",
        `/host/sessions/${session.id}/links`,
        { items: [{ session_product_id: offers[offer], quantity }] },
        host,
      )
      links.set(`${offer}${quantity}`, link.code)
    }
    let next = 0
    await Promise.all(
      Array.from({ length: SHOPPERS }, async () => {
        while (next < phase.orders.length) {
          const [offer, packs] = phase.orders[next++]!
          const i = shopper++
          const { cart_id } = await call("POST", `/store/live/links/${links.get(`${offer}${packs}`)}/cart`, {})
          await call("POST", `/store/carts/${cart_id}`, { email: `fan${i}@example.cn`, shipping_address: ADDRESS })
          const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart_id}`)
          for (const o of shipping_options)
            await call("POST", `/store/carts/${cart_id}/shipping-methods`, { option_id: o.id })
          const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id })
          await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
            provider_id: "pp_system_default",
          })
          const done = await call("POST", `/store/carts/${cart_id}/complete`, {})
          if (done.type !== "order") throw new Error(`checkout did not complete: ${JSON.stringify(done).slice(0, 200)}`)
        }
      }),
    )
  }
  const minutes = (Date.now() - started) / 60_000
  const orderCount = PHASES.reduce((s, p) => s + p.orders.length, 0)
  const stats = () => call("GET", `/host/sessions/${session.id}/stats`, undefined, host)
  for (let i = 0; i < 120 && (await stats()).orders < orderCount; i++) await new Promise((r) => setTimeout(r, 1000))
  const panel = await stats()

  const admin = await login("user", ADMIN.email, ADMIN.password)
  const { orders } = await call(
    "GET",
    `/admin/orders?limit=5000&fields=id,created_at,item_total,metadata,items.quantity,items.variant_id`,
    undefined,
    admin,
  )
  const live = orders.filter((o: Json) => o.metadata?.live_session_id === session.id)
  const times = live.map((o: Json) => Date.parse(o.created_at))
  const withinHour = Math.max(...times) - Math.min(...times) < 3_600_000
  const weight = (variantId: string) =>
    Number(Object.values(variants).find((v: Json) => v.id === variantId)?.weight ?? Number.NaN)
  const orderGrams = live.reduce(
    (s: number, o: Json) => s + o.items.reduce((g: number, it: Json) => g + it.quantity * weight(it.variant_id), 0),
    0,
  )
  const panelGrams = panel.products.reduce((s: number, p: Json) => s + p.units * weight(p.variant_id), 0)
  const day = { from: shanghaiDate(new Date(started)), to: shanghaiDate(new Date()) }
  // The report's per-person figure has no independent expectation here (the seed's lots decide it); the ledger's
  // rows are its check.
  const ledger = await ledgerFigures(stack.databaseUrl, "live_session_id = $1", [session.id])
  const official = await login("official", BEIMA.official, E2E_DEMO_PASSWORD)
  const report = await call(
    "GET",
    `/official/relief/summary?from=${day.from}&to=${day.to}&region=${BEIMA.region}&group_by=channel`,
    undefined,
    official,
  )
  return {
    name: `Beima morel hour (${BEIMA.region}, ${day.from}, session ${live.length} orders in ${minutes.toFixed(1)} min)`,
    expected: { fen: BEIMA.fen, grams: BEIMA.grams, per_person_fen: null },
    report: figures(report.totals),
    orders: {
      fen: live.reduce((s: number, o: Json) => s + Math.round(Number(o.item_total) * 100), 0),
      grams: orderGrams,
      per_person_fen: null,
    },
    ledger,
    panel: { fen: panel.gmv_fen, grams: panelGrams, per_person_fen: null } as Figures,
    extra: withinHour && live.length === orderCount && panel.orders === orderCount,
  }
}

const figures = (t: Json): Figures => ({
  fen: t.sales_fen,
  grams: t.quantity_g,
  per_person_fen: t.avg_income_per_person_fen,
})

async function guiyangYear(stack: BackendStack) {
  const medusa = createRequire(import.meta.url).resolve("@medusajs/cli/cli.js", { paths: [backendDir] })
  const script = path.relative(backendDir, path.join(here, "seed-replay-guiyang.ts"))
  // The same database as the running backend; the script writes no secret-bound data (no household ID numbers).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: stack.databaseUrl,
    FENGSHOU_DATA_DIR: mkdtempSync(path.join(tmpdir(), "fengshou-replay-")),
    MEDUSA_BACKEND_URL: stack.url,
    MEDUSA_DISABLE_ADMIN: "true",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    HOUSEHOLD_DATA_KEY: randomBytes(32).toString("hex"),
    HOUSEHOLD_HASH_KEY: randomBytes(32).toString("hex"),
    REDIS_URL: "",
    DEMO_PASSWORD: E2E_DEMO_PASSWORD,
  }
  const run = startProcess("medusa exec guiyang", process.execPath, [medusa, "exec", script], { cwd: backendDir, env })
  const code = await new Promise<number | null>((resolve) => run.child.on("exit", resolve))
  const out = run.output()
  if (code !== 0) throw new Error(`seed-replay-guiyang failed (exit ${code}):\n${out.slice(-4000)}`)
  const line = out.split("\n").find((l) => l.startsWith("GUIYANG_REPLAY "))
  if (!line) throw new Error(`seed-replay-guiyang printed no result:\n${out.slice(-2000)}`)
  const made = JSON.parse(line.slice("GUIYANG_REPLAY ".length)) as { order_ids: string[]; grams: number; fen: number }
  const { call, login } = client(stack)
  const admin = await login("user", ADMIN.email, ADMIN.password)
  const ids = made.order_ids.map((id) => `id[]=${id}`).join("&")
  const { orders } = await call(
    "GET",
    `/admin/orders?limit=500&${ids}&fields=id,created_at,item_total,items.quantity,items.variant_sku`,
    undefined,
    admin,
  )
  const inYear = orders.every((o: Json) => shanghaiDate(new Date(o.created_at)).startsWith(String(GUIYANG.year)))
  const kg = (sku: string) => Number(/SHUANGYONG|XINCHUN/.test(sku) ? 10 : 5)
  const official = await login("official", GUIYANG.official, E2E_DEMO_PASSWORD)
  const from = `${GUIYANG.year}-01-01`
  const to = `${GUIYANG.year}-12-31`
  const report = await call(
    "GET",
    `/official/relief/summary?from=${from}&to=${to}&region=${GUIYANG.region}&group_by=cooperative`,
    undefined,
    official,
  )
  const income = 435_000 * GUIYANG.farmgate_fen_per_kg
  return {
    name: `Guiyang year (${GUIYANG.region}, ${from}..${to}, ${orders.length} orders, ${report.totals.households_benefited} households, ${report.totals.persons_benefited} persons)`,
    expected: { fen: 130_500_000, grams: 435_000_000, per_person_fen: Math.round(income / GUIYANG.persons) },
    report: figures(report.totals),
    orders: {
      fen: orders.reduce((s: number, o: Json) => s + Math.round(Number(o.item_total) * 100), 0),
      grams: orders.reduce(
        (s: number, o: Json) =>
          s + o.items.reduce((g: number, it: Json) => g + it.quantity * kg(it.variant_sku) * 1000, 0),
        0,
      ),
      per_person_fen: null,
    },
    ledger: await ledgerFigures(stack.databaseUrl, "division_code like $1 and occurred_on between $2 and $3", [
      `${GUIYANG.region}%`,
      from,
      to,
    ]),
    panel: null,
    extra:
      inYear &&
      orders.length === made.order_ids.length &&
      report.totals.households_benefited === GUIYANG.households &&
      report.totals.persons_benefited === GUIYANG.persons,
  }
}

type Replay = Awaited<ReturnType<typeof beimaHour>> | Awaited<ReturnType<typeof guiyangYear>>

function print(replay: Replay): boolean {
  const columns: [string, Figures | null][] = [
    ["report", replay.report],
    ["orders", replay.orders],
    ["ledger rows", replay.ledger],
    ["live panel", replay.panel],
  ]
  const show = (n: number | null | undefined) => (n === null || n === undefined ? "—" : n.toLocaleString("en-US"))
  let agree = replay.extra
  console.log(`\n${replay.name}`)
  console.log(`| figure | expected | ${columns.map(([c]) => c).join(" | ")} |`)
  console.log(`|---|---|${columns.map(() => "---").join("|")}|`)
  for (const key of ["fen", "grams", "per_person_fen"] as const) {
    const want = replay.expected[key] ?? replay.ledger[key]
    const cells = columns.map(([, f]) => f?.[key] ?? null)
    agree &&= cells.every((c) => c === null || c === want)
    console.log(`| ${key} | ${show(replay.expected[key])} | ${cells.map(show).join(" | ")} |`)
  }
  console.log(replay.extra ? "" : "(orders' dates, counts or households/persons are not what was replayed)")
  console.log(`→ ${agree ? "agree" : "DISAGREE"}`)
  return agree
}

async function main() {
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")
  const stack = await startBackend({ port: 9710, admin: ADMIN })
  try {
    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString()}; load average before: ${load}`,
    )
    // Each table as soon as its replay ends, so a failure later does not lose it.
    const beimaOk = ONLY === "guiyang" || print(await beimaHour(stack))
    const guiyangOk = ONLY === "beima" || print(await guiyangYear(stack))
    const ok = beimaOk && guiyangOk
    if (!ok) process.exitCode = 1
  } finally {
    await stack.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
