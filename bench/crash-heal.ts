// Crash-safe without an operator: a 100-order guest-checkout burst (every third through a live cart link, so live
// claims are taken), `kill -9` of the backend's process group in the middle of it, a restart on the same database,
// the rest of the burst, then the checks: reconciliation differences (must reach 0 within one heal period of the
// restart), duplicate ledger rows, leaked live claims and reservations. Production-like `medusa start` (no build
// step: Medusa loads the TypeScript sources), one process, no REDIS_URL: the in-memory event bus that loses events.
// Usage: npm run bench:crash --workspace @fengshou/bench
// (env: BENCH_ORDERS=100 BENCH_SHOPPERS=8 BENCH_KILL_AT=40 BENCH_HEAL_SECONDS=30 BENCH_PORT=9720 CHECKOUT_CONCURRENCY=4)
import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { cpus, loadavg, tmpdir, totalmem } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { freshDatabase } from "../apps/e2e/src/database"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"
import { runToEnd, startProcess, stopProcess, waitForUrl, type Started } from "../apps/e2e/src/processes"

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100)
const SHOPPERS = Number(process.env.BENCH_SHOPPERS ?? 8)
const KILL_AT = Number(process.env.BENCH_KILL_AT ?? 40)
const HEAL_SECONDS = Number(process.env.BENCH_HEAL_SECONDS ?? 30)
const PORT = Number(process.env.BENCH_PORT ?? 9720)
const ADMIN = { email: "bench-admin@example.cn", password: "bench-admin-pass" }
const ADDRESS = {
  first_name: "小明",
  last_name: "王",
  phone: "13800138000",
  address_1: "朝阳区建国路88号",
  city: "北京市",
  province: "北京市",
  postal_code: "100022",
  country_code: "cn",
}
const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../apps/backend")
const require = createRequire(import.meta.url)
const medusa = require.resolve("@medusajs/cli/cli.js", { paths: [backendDir] })
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of many shapes
type Json = any
type Shopper = { i: number; live: boolean; cartId?: string; completing: boolean }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")

async function main() {
  const db = await freshDatabase()
  const dataDir = mkdtempSync(path.join(tmpdir(), "fengshou-crash-"))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: db.url,
    FENGSHOU_DATA_DIR: dataDir,
    PORT: String(PORT),
    MEDUSA_BACKEND_URL: `http://localhost:${PORT}`,
    MEDUSA_DISABLE_ADMIN: "true",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    HOUSEHOLD_DATA_KEY: randomBytes(32).toString("hex"),
    HOUSEHOLD_HASH_KEY: randomBytes(32).toString("hex"),
    REDIS_URL: "",
    DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    // A six-field cron (seconds first): the heal period this bench waits for.
    LEDGER_HEAL_CRON: `*/${HEAL_SECONDS} * * * * *`,
  }
  const url = `http://localhost:${PORT}`
  let backend: Started | null = null
  const start = async () => {
    const started = startProcess("backend", process.execPath, [medusa, "start"], { cwd: backendDir, env })
    backend = started
    await waitForUrl(`${url}/health`, started, 240_000)
    return started
  }
  const sql = new pg.Client({ connectionString: db.url })
  try {
    await runToEnd("medusa db:migrate", process.execPath, [medusa, "db:migrate"], { cwd: backendDir, env })
    await runToEnd("medusa user", process.execPath, [medusa, "user", "-e", ADMIN.email, "-p", ADMIN.password], {
      cwd: backendDir,
      env,
    })
    await sql.connect()
    const first = await start()
    const publishableKey = readFileSync(path.join(dataDir, "publishable-key"), "utf8").trim()
    const call = async (method: string, route: string, body?: unknown, token?: string): Promise<Json> => {
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "x-publishable-api-key": publishableKey,
      }
      if (token) headers.authorization = `Bearer ${token}`
      const res = await fetch(url + route, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) throw new Error(`${method} ${route} → ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
      return json
    }
    const login = async (actor: string, email: string, password: string) =>
      (await call("POST", `/auth/${actor}/emailpass`, { email, password })).token as string

    // A live session selling fresh morels through one cart link; the other shoppers buy millet off the shelf.
    const host = await login("host", "host@demo.fengshou.local", E2E_DEMO_PASSWORD)
    const variantOf = async (handle: string) =>
      (await call("GET", `/store/products?handle=${handle}&fields=*variants`)).products[0].variants[0].id as string
    const morels = await variantOf("fresh-morels")
    const millet = await variantOf("changsheng-millet")
    const { regions } = await call("GET", "/store/regions")
    const { session } = await call(
      "POST",
      "/host/sessions",
      { title: "崩溃演练 (bench)", platform: "douyin", scheduled_start_at: new Date().toISOString() },
      host,
    )
    const { session: withProduct } = await call(
      "POST",
      `/host/sessions/${session.id}/products`,
      { variant_id: morels, live_price_fen: 8500, stock_cap: ORDERS, per_customer_limit: 2 },
      host,
    )
    await call("POST", `/host/sessions/${session.id}/start`, {}, host)
    const { link } = await call(
      "POST",
      `/host/sessions/${session.id}/links`,
      { items: [{ session_product_id: withProduct.products[0].id, quantity: 1 }] },
      host,
    )

    // The burst. At KILL_AT orders the process group gets SIGKILL while the other shoppers are mid-journey.
    let down = false
    let completed = 0
    let inFlight = 0
    let failed = 0
    let next = 0
    const interrupted: Shopper[] = []
    const journey = async (s: Shopper) => {
      if (s.live) {
        s.cartId = (await call("POST", `/store/live/links/${link.code}/cart`, {})).cart_id
        await call("POST", `/store/carts/${s.cartId}`, { email: `fan${s.i}@example.cn`, shipping_address: ADDRESS })
      } else {
        const { cart } = await call("POST", "/store/carts", {
          region_id: regions[0].id,
          email: `buyer${s.i}@example.cn`,
          shipping_address: ADDRESS,
          items: [{ variant_id: millet, quantity: 1 }],
        })
        s.cartId = cart.id
      }
      const options = (await call("GET", `/store/shipping-options?cart_id=${s.cartId}`)).shipping_options as Json[]
      for (const o of options) await call("POST", `/store/carts/${s.cartId}/shipping-methods`, { option_id: o.id })
      const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: s.cartId })
      await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })
      s.completing = true
      await complete(s)
    }
    const complete = async (s: Shopper) => {
      inFlight++
      try {
        const done = await call("POST", `/store/carts/${s.cartId}/complete`, {})
        if (done.type !== "order") throw new Error(JSON.stringify(done).slice(0, 200))
        completed++
      } finally {
        inFlight--
      }
    }
    const burst = async (until: number) =>
      Promise.all(
        Array.from({ length: SHOPPERS }, async () => {
          while (!down && next < until) {
            const s: Shopper = { i: next, live: next % 3 === 0, completing: false }
            next++
            try {
              await journey(s)
            } catch (error) {
              if (down) interrupted.push(s)
              else if (++failed <= 3) console.error(String(error))
            }
          }
        }),
      )
    // Once KILL_AT orders are answered, 150 ms into a completion, so that an order is mid-workflow when it dies.
    const killer = async () => {
      while (completed < KILL_AT && next < ORDERS) await sleep(20)
      while (inFlight === 0 && next < ORDERS) await sleep(5)
      await sleep(150)
      down = true
      process.kill(-first.child.pid!, "SIGKILL")
    }
    const t0 = Date.now()
    await Promise.all([burst(ORDERS), killer()])
    const before = {
      orders: await count(sql, `select count(*) from "order" where deleted_at is null`),
      completed,
      started: next,
    }
    const loadAtKill = load()
    // Killed by a signal, a child has signalCode set and exitCode null.
    const dead = () => first.child.exitCode !== null || first.child.signalCode !== null
    await new Promise((r) => (dead() ? r(null) : first.child.once("exit", r)))
    const gaps = async () => ({
      unwritten: await count(sql, UNWRITTEN_ORDERS),
      unrecorded: await count(sql, UNRECORDED_LIVE_ORDERS),
      unattached: await count(sql, UNATTACHED_CLAIMS),
    })
    const atKill = await gaps()

    // Restart on the same database; what the dead process left is now the heal's to find.
    const restartAt = Date.now()
    await start()
    const upAt = Date.now()
    const admin = await login("user", ADMIN.email, ADMIN.password)
    const reconcile = async () =>
      (await call("GET", "/admin/relief/reconciliation", undefined, admin)).differences as Json[]
    // Nothing but the heal writes now (no traffic, the subscribers died): poll the cheap SQL view of the gaps, then
    // ask the full reconciliation once.
    let healedAfter: number | null = null
    while (Date.now() - upAt < (HEAL_SECONDS + 60) * 1000) {
      const g = await gaps()
      if (!g.unwritten && !g.unrecorded && !g.unattached) {
        healedAfter = (Date.now() - upAt) / 1000
        break
      }
      await sleep(1000)
    }
    const afterHeal = await reconcile()

    // The shoppers whose completion the crash cut off try again (the storefront keeps their cart); the rest of the
    // burst goes on with new carts while the heal runs on its schedule.
    down = false
    let retried = 0
    for (const s of interrupted.filter((x) => x.completing && x.cartId)) {
      const { cart } = await call("GET", `/store/carts/${s.cartId}?fields=id,completed_at`)
      if (cart.completed_at) continue
      retried++
      await complete(s).catch((error) => (++failed <= 3 ? console.error(String(error)) : null))
    }
    await burst(ORDERS)
    const seconds = (Date.now() - t0) / 1000
    await sleep((HEAL_SECONDS + 5) * 1000)

    const final = await reconcile()
    const figures = {
      orders: await count(sql, `select count(*) from "order" where deleted_at is null`),
      liveOrders: await count(
        sql,
        `select count(*) from "order" where deleted_at is null and metadata->>'live_session_id' is not null`,
      ),
      liveRows: await count(sql, `select count(*) from live_order where deleted_at is null`),
      unpaid: await count(sql, UNPAID_ORDERS),
      cartsWithTwoOrders: await count(
        sql,
        `select count(*) from (select cart_id from order_cart where deleted_at is null group by cart_id having count(*) > 1) t`,
      ),
      duplicateKeys: await count(
        sql,
        `select count(*) from (select entry_key from relief_ledger_entry group by entry_key having count(*) > 1) t`,
      ),
      duplicateSales: await count(sql, DUPLICATE_SALES),
      leakedClaims: await count(sql, LEAKED_CLAIMS),
      unattachedClaims: await count(sql, UNATTACHED_CLAIMS),
      claimsOfOpenCarts: await count(
        sql,
        `select count(*) from live_claim c join cart on cart.id = c.cart_id where c.deleted_at is null and c.order_id is null and cart.completed_at is null`,
      ),
      soldVsClaims: (
        await sql.query(
          `select p.sold, coalesce((select sum(quantity) from live_claim c where c.session_product_id = p.id and c.deleted_at is null), 0)::int as claimed from live_session_product p where p.id = $1`,
          [withProduct.products[0].id],
        )
      ).rows[0] as { sold: number; claimed: number },
      leakedReservations: await count(sql, LEAKED_RESERVATIONS),
    }

    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString()}; load average at kill ${loadAtKill}, at end ${load()}`,
    )
    console.log(
      `Backend: medusa start (no build), one process, in-memory event bus, workflow engine and locks; LEDGER_HEAL_CRON="${env.LEDGER_HEAL_CRON}"; CHECKOUT_CONCURRENCY=${process.env.CHECKOUT_CONCURRENCY ?? 4}; ${SHOPPERS} concurrent shoppers, every third through a live link`,
    )
    console.log(
      `Burst: ${ORDERS} carts, kill -9 with ${before.started} of them started, after ${before.completed} answered orders (${before.orders} committed, ${interrupted.length} journeys cut off, ${interrupted.filter((s) => s.completing).length} of them completing); restart ${((upAt - restartAt) / 1000).toFixed(0)} s; ${retried} completions retried; ${failed} failed; burst ${seconds.toFixed(0)} s`,
    )
    console.log(
      `Left by the kill: ${atKill.unwritten} orders with no ledger entries, ${atKill.unrecorded} live orders with no live order row, ${atKill.unattached} claims not tied to their order; healed ${healedAfter === null ? "NOT within the period" : `${healedAfter.toFixed(0)} s after the backend answered again (period ${HEAL_SECONDS} s)`}; reconciliation then: ${afterHeal.length} differences`,
    )
    console.log(
      `| orders | live orders / live_order rows | reconciliation differences | duplicate ledger keys / sale rows | leaked claims | unattached claims | claims of open carts | sold / claimed | leaked reservations | orders without payment | carts with 2 orders |`,
    )
    console.log(
      `| ${figures.orders} | ${figures.liveOrders} / ${figures.liveRows} | ${final.length} | ${figures.duplicateKeys} / ${figures.duplicateSales} | ${figures.leakedClaims} | ${figures.unattachedClaims} | ${figures.claimsOfOpenCarts} | ${figures.soldVsClaims.sold} / ${figures.soldVsClaims.claimed} | ${figures.leakedReservations} | ${figures.unpaid} | ${figures.cartsWithTwoOrders} |`,
    )
    for (const d of final.slice(0, 5)) console.log(`  difference: ${d.order_id} ${d.kind} ${d.message}`)
    const ok =
      healedAfter !== null &&
      healedAfter <= HEAL_SECONDS + 15 &&
      !afterHeal.length &&
      !final.length &&
      !figures.duplicateKeys &&
      !figures.duplicateSales &&
      !figures.leakedClaims &&
      !figures.unattachedClaims &&
      !figures.leakedReservations &&
      figures.liveOrders === figures.liveRows &&
      figures.soldVsClaims.sold === figures.soldVsClaims.claimed
    console.log(ok ? "Crash healed: every check holds" : "NOT HEALED: see the figures above")
    if (!ok) process.exitCode = 1
  } finally {
    await sql.end().catch(() => {})
    if (backend) await stopProcess(backend)
    await db.drop().catch(() => {})
  }
}

async function count(sql: pg.Client, text: string): Promise<number> {
  return Number((await sql.query(text)).rows[0].count)
}

// A claim whose cart became an order but was never tied to it: the order's live attribution (order.placed) was lost.
const UNATTACHED_CLAIMS = `select count(*) from live_claim c join order_cart oc on oc.cart_id = c.cart_id and oc.deleted_at is null
  where c.deleted_at is null and c.order_id is null`
const UNWRITTEN_ORDERS = `select count(*) from "order" o where o.deleted_at is null
  and not exists (select 1 from relief_ledger_entry e where e.order_id = o.id)`
const UNRECORDED_LIVE_ORDERS = `select count(*) from "order" o where o.deleted_at is null
  and o.metadata->>'live_session_id' is not null
  and not exists (select 1 from live_order l where l.order_id = o.id and l.deleted_at is null)`
// Leaked: units held for no order and no cart that can still check out (completed or gone).
const LEAKED_CLAIMS = `select count(*) from live_claim c left join cart on cart.id = c.cart_id
  where c.deleted_at is null and c.order_id is null
    and not exists (select 1 from order_cart oc where oc.cart_id = c.cart_id and oc.deleted_at is null)
    and (cart.id is null or cart.deleted_at is not null or cart.completed_at is not null)`
// Reservations whose line item is neither a line of an existing order nor of a cart that can still check out.
const LEAKED_RESERVATIONS = `select count(*) from reservation_item r where r.deleted_at is null and r.line_item_id is not null
  and not exists (select 1 from order_item oi join "order" o on o.id = oi.order_id
                  where oi.item_id = r.line_item_id and oi.deleted_at is null and o.deleted_at is null)
  and not exists (select 1 from cart_line_item li join cart on cart.id = li.cart_id
                  where li.id = r.line_item_id and li.deleted_at is null and cart.completed_at is null and cart.deleted_at is null)`
const UNPAID_ORDERS = `select count(*) from "order" o where o.deleted_at is null and not exists (
  select 1 from order_payment_collection opc join payment p on p.payment_collection_id = opc.payment_collection_id
  where opc.order_id = o.id and opc.deleted_at is null and p.deleted_at is null)`
const DUPLICATE_SALES = `select count(*) from (select order_id, line_item_id, party, household_id, benefit_kind from relief_ledger_entry
  where kind = 'sale' group by order_id, line_item_id, party, household_id, benefit_kind having count(*) > 1) t`

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
