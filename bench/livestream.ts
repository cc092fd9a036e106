// The Beima morel hour, replayed: 1,100 packs of fresh morels (550 kg) sold through two cart links (one pack, two
// packs) by concurrent shoppers, each going the storefront's way: open the link, address, shipping, payment, complete.
// Records completed orders/s, checkout P95 and backend memory, then checks that the host's live panel, the orders
// and the relief ledger agree to the fen. Usage: npm run bench:live --workspace @fengshou/bench
// (env: BENCH_PACKS=1100 BENCH_SHOPPERS=20 BENCH_CLUSTER=2 BENCH_REDIS_URL=redis://127.0.0.1:6379/9 CHECKOUT_CONCURRENCY=4)
import { cpus, totalmem } from "node:os"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"
import { BENCH_ADMIN, backendCall, startBackend } from "./livestream-stack"

const PACKS = Number(process.env.BENCH_PACKS ?? 1100)
const SHOPPERS = Number(process.env.BENCH_SHOPPERS ?? 20)
const CLUSTER = process.env.BENCH_CLUSTER ? Number(process.env.BENCH_CLUSTER) : undefined
const LIVE_FEN = 8500
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
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of many shapes
type Json = any

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0

async function main() {
  const stack = await startBackend({
    port: 9700,
    cluster: CLUSTER,
    redisUrl: CLUSTER ? (process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/9") : undefined,
    admin: BENCH_ADMIN,
  })
  const call = backendCall(stack)
  const login = async (actor: string, email: string, password: string) =>
    (await call("POST", `/auth/${actor}/emailpass`, { email, password })).token as string
  try {
    // The host sets up the session the way the console does.
    const host = await login("host", "host@demo.fengshou.local", E2E_DEMO_PASSWORD)
    const { products } = await call("GET", "/store/products?handle=fresh-morels&fields=*variants")
    const variantId = products[0].variants[0].id
    const { session } = await call(
      "POST",
      "/host/sessions",
      { title: "北马村羊肚菌一小时 (bench)", platform: "douyin", scheduled_start_at: new Date().toISOString() },
      host,
    )
    const { session: withProduct } = await call(
      "POST",
      `/host/sessions/${session.id}/products`,
      { variant_id: variantId, live_price_fen: LIVE_FEN, stock_cap: PACKS, per_customer_limit: 5 },
      host,
    )
    await call("POST", `/host/sessions/${session.id}/start`, {}, host)
    const offerId = withProduct.products[0].id
    const links = await Promise.all(
      [1, 2].map(
        async (quantity) =>
          (
            await call(
              "POST",
              `/host/sessions/${session.id}/links`,
              { items: [{ session_product_id: offerId, quantity }] },
              host,
            )
          ).link.code as string,
      ),
    )

    // Every third shopper takes two packs: 1,100 packs ≈ 825 orders.
    const plan: number[] = []
    for (let left = PACKS, i = 0; left > 0; i++) {
      const packs = i % 3 === 2 && left >= 2 ? 2 : 1
      plan.push(packs)
      left -= packs
    }
    let optionIds: string[] | null = null
    const checkout: number[] = []
    const journey: number[] = []
    let failed = 0
    let memPeak = 0
    const memTimer = setInterval(() => (memPeak = Math.max(memPeak, stack.rssMiB())), 1000)
    const memBefore = stack.rssMiB()
    let next = 0
    const t0 = Date.now()
    await Promise.all(
      Array.from({ length: SHOPPERS }, async () => {
        while (next < plan.length) {
          const i = next++
          const started = Date.now()
          try {
            const { cart_id } = await call("POST", `/store/live/links/${links[plan[i]! - 1]}/cart`, {})
            await call("POST", `/store/carts/${cart_id}`, {
              email: `fan${i}@example.cn`,
              // One mobile per shopper: the per-shopper limit counts the phone too.
              shipping_address: { ...ADDRESS, phone: `138${String(i).padStart(8, "0")}` },
            })
            optionIds ??= (await call("GET", `/store/shipping-options?cart_id=${cart_id}`)).shipping_options.map(
              (o: Json) => o.id as string,
            )
            for (const id of optionIds!)
              await call("POST", `/store/carts/${cart_id}/shipping-methods`, { option_id: id })
            const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id })
            await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
              provider_id: "pp_system_default",
            })
            const pay = Date.now()
            const done = await call("POST", `/store/carts/${cart_id}/complete`, {})
            if (done.type !== "order") throw new Error(JSON.stringify(done).slice(0, 200))
            checkout.push(Date.now() - pay)
            journey.push(Date.now() - started)
          } catch (error) {
            failed++
            if (failed <= 3) console.error(String(error))
          }
        }
      }),
    )
    const seconds = (Date.now() - t0) / 1000
    clearInterval(memTimer)

    // Agreement: the host's panel, Medusa's orders and the relief ledger, once the subscribers caught up.
    const stats = async () => call("GET", `/host/sessions/${session.id}/stats`, undefined, host)
    for (let i = 0; i < 120 && (await stats()).orders < checkout.length; i++)
      await new Promise((r) => setTimeout(r, 1000))
    const panel = await stats()
    const admin = await login("user", BENCH_ADMIN.email, BENCH_ADMIN.password)
    const { orders } = await call(
      "GET",
      `/admin/orders?limit=5000&fields=id,item_total,metadata,items.quantity`,
      undefined,
      admin,
    )
    const live = orders.filter((o: Json) => o.metadata?.live_session_id === session.id)
    const ordersFen = live.reduce((s: number, o: Json) => s + Math.round(Number(o.item_total) * 100), 0)
    const ordersUnits = live.reduce(
      (s: number, o: Json) => s + o.items.reduce((u: number, it: Json) => u + Number(it.quantity), 0),
      0,
    )
    const official = await login("official", "wendeng@demo.fengshou.local", E2E_DEMO_PASSWORD)
    const ledgerRow = async () =>
      (
        await call(
          "GET",
          `/official/relief/summary?from=2000-01-01&to=2099-12-31&group_by=channel`,
          undefined,
          official,
        )
      ).rows.find((r: Json) => r.key === "livestream")
    for (let i = 0; i < 60 && ((await ledgerRow())?.sales_fen ?? 0) < ordersFen; i++)
      await new Promise((r) => setTimeout(r, 1000))
    const ledgerFen = (await ledgerRow())?.sales_fen ?? 0

    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`,
    )
    console.log(
      `Backend: ${CLUSTER ? `medusa start --cluster ${CLUSTER}, Redis` : "medusa start, one process, in-memory event bus/locks"}; CHECKOUT_CONCURRENCY=${process.env.CHECKOUT_CONCURRENCY ?? 4}; ${SHOPPERS} concurrent shoppers`,
    )
    console.log(
      `| packs | orders | failed | seconds | orders/s | checkout p50 / p95 ms | journey p50 / p95 ms | backend RSS before / peak MiB |`,
    )
    console.log(
      `| ${PACKS} | ${checkout.length} | ${failed} | ${seconds.toFixed(0)} | ${(checkout.length / seconds).toFixed(2)} | ${pct(checkout, 0.5)} / ${pct(checkout, 0.95)} | ${pct(journey, 0.5)} / ${pct(journey, 0.95)} | ${memBefore.toFixed(0)} / ${memPeak.toFixed(0)} |`,
    )
    const agree =
      panel.gmv_fen === ordersFen &&
      ordersFen === ledgerFen &&
      panel.units === ordersUnits &&
      panel.orders === live.length
    console.log(
      `Agreement: panel ${panel.orders} orders, ${panel.units} packs, ${panel.gmv_fen} fen; orders ${live.length}, ${ordersUnits} packs, ${ordersFen} fen; ledger livestream ${ledgerFen} fen → ${agree ? "agree" : "DISAGREE"}`,
    )
    if (!agree || failed) process.exitCode = 1
  } finally {
    await stack.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
