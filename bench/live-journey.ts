// CPU per live order as a shopper's browser drives it (#12 item 6): the storefront's two ways from a cart link's held
// page, in turns on one stack (`medusa start` and `next start`, one process each, a fresh seeded database):
// - cart: 去结算 on the held page → the cart → checkout's address, delivery and payment steps → the order;
// - one step: the held page's form (address and e-mail) → the checkout with only the payment left → the order.
// Per order: the backend's CPU from the click to the order's subscribers done (the host's panel counts it and the
// process is quiet again), minus what the idle process burns over that time, and the storefront server's CPU over
// the journey. The browser's own CPU is not counted. Medians over BENCH_ORDERS orders per way.
// Usage: npm run bench:live-journey --workspace @fengshou/bench
//   (env: BENCH_ORDERS=10 BENCH_REBUILD=1 (next build first) JOURNEY_BACKEND_PORT=9750 JOURNEY_STOREFRONT_PORT=8750)
import { cpus, loadavg, totalmem } from "node:os"
import type { Browser, Page } from "playwright-core"
import { findChromium, launchChromium, NO_BROWSER_MESSAGE } from "../apps/e2e/src/browser"
import { fillAddress, MOBILE, payForOrder, saveAddress } from "../apps/e2e/src/checkout-steps"
import { startStack } from "../apps/e2e/src/stack"
import { backendCall, groupCpuSeconds, idleCpuRate, morelLink } from "./livestream-stack"

const ORDERS = Number(process.env.BENCH_ORDERS ?? 10)
const WARMUP = 1
type Way = "cart" | "one step"
const WAYS: Way[] = ["cart", "one step"]

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

/** From the held page to the confirmation, the way a shopper clicks it (the e2e journeys' helpers and labels). */
async function journey(page: Page, origin: string, code: string, way: Way, n: number) {
  await page.goto(`${origin}/l/${code}`)
  await page.waitForURL(new RegExp(`/l/${code}/held$`))
  const phone = `137 ${String(n).padStart(4, "0")} 0000`
  if (way === "cart") {
    await page.getByRole("button", { name: "去结算" }).click()
    await page.waitForURL(/\/cart$/)
    await page.locator("main").getByRole("link", { name: "去结算" }).click()
    await page.waitForURL(/\/checkout$/)
    await fillAddress(page, { phone })
    await page.getByLabel("电子邮箱（选填）").fill(`fan${n}@example.cn`)
    await saveAddress(page)
    await payForOrder(page)
  } else {
    const form = page.locator(".live-express")
    await fillAddress(page, { phone })
    await form.getByLabel("电子邮箱").fill(`fan${n}@example.cn`)
    await form.getByRole("button", { name: "去付款" }).click()
    await page.waitForURL(/\/checkout$/)
    await page.getByRole("button", { name: /提交订单并支付/ }).click()
    await page.waitForURL(/\/order\/[^/]+\/confirmed$/)
  }
}

async function main() {
  const chromePath = findChromium(process.env.CHROME_PATH)
  if (!chromePath) throw new Error(NO_BROWSER_MESSAGE)
  const load = loadavg()
  const stack = await startStack({
    backendPort: Number(process.env.JOURNEY_BACKEND_PORT ?? 9750),
    storefrontPort: Number(process.env.JOURNEY_STOREFRONT_PORT ?? 8750),
    rebuild: process.env.BENCH_REBUILD === "1",
  })
  let browser: Browser | null = null
  const results: Record<Way, { backend: number[]; storefront: number[]; wall: number[] }> = {
    cart: { backend: [], storefront: [], wall: [] },
    "one step": { backend: [], storefront: [], wall: [] },
  }
  try {
    const call = backendCall({ url: stack.backendUrl, publishableKey: stack.publishableKey })
    const { host, session, link } = await morelLink(call, { title: "羊肚菌 journey bench", cap: 5000, limit: 5 })
    const panelOrders = async () =>
      (await call("GET", `/host/sessions/${session.id}/stats`, undefined, host)).orders as number

    browser = await launchChromium(chromePath)
    const backendCpu = { cpuSeconds: () => groupCpuSeconds(stack.backendPid) }
    let placed = 0
    const idle = await idleCpuRate(backendCpu, 0.05)
    for (let i = 0; i < 2 * (ORDERS + WARMUP); i++) {
      const way = WAYS[i % 2]!
      const context = await browser.newContext(MOBILE)
      const page = await context.newPage()
      const [b0, s0, t0] = [backendCpu.cpuSeconds(), groupCpuSeconds(stack.storefrontPid), Date.now()]
      await journey(page, stack.storefrontUrl, link.code, way, i)
      const wall = Date.now() - t0
      const s1 = groupCpuSeconds(stack.storefrontPid)
      await context.close()
      placed++
      // The order's subscribers (ledger, live panel, mails) are part of its cost: wait for them, then for quiet.
      for (let k = 0; k < 120 && (await panelOrders()) < placed; k++) await sleep(250)
      await idleCpuRate(backendCpu, 0.05)
      const backend = backendCpu.cpuSeconds() - b0 - idle * ((Date.now() - t0) / 1000)
      if (i >= 2 * WARMUP) {
        results[way].backend.push(backend)
        results[way].storefront.push(s1 - s0)
        results[way].wall.push(wall)
      }
      console.error(`${way}: backend ${backend.toFixed(3)} s, storefront ${(s1 - s0).toFixed(3)} s, ${wall} ms`)
    }
  } finally {
    await browser?.close()
    await stack.stop()
  }
  const after = loadavg()
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  )
  console.log(
    `Date: ${new Date().toISOString().slice(0, 16)}Z; load average ${load.map((l) => l.toFixed(1)).join(" / ")} before, ` +
      `${after.map((l) => l.toFixed(1)).join(" / ")} after; ${ORDERS} orders per way, in turns\n`,
  )
  console.log("| way | backend CPU s per order (median, min–max) | storefront server CPU s | journey ms (median) |")
  console.log("|---|---|---|---|")
  for (const way of WAYS) {
    const r = results[way]
    const range = `${Math.min(...r.backend).toFixed(2)}–${Math.max(...r.backend).toFixed(2)}`
    console.log(
      `| ${way} | ${median(r.backend).toFixed(3)} (${range}) | ${median(r.storefront).toFixed(3)} | ${median(r.wall)} |`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
