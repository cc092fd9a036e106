import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import healReliefLedgerJob, { config, healRecentOrders } from "../../src/jobs/heal-relief-ledger"
import { config as atStart } from "../../src/jobs/heal-relief-ledger-at-start"
import { config as heal, healRecentLiveOrders } from "../../src/jobs/heal-live-orders"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { listLiveOrderGaps } from "../../src/queries/livestream/list-live-order-gaps"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { reconcileLedger } from "../../src/queries/relief/reconcile-ledger"
import { seedDemoData } from "../../src/scripts/seed/index"
import { waitFor } from "./checkout-helpers"
import { liveFixture } from "./live-fixture"
import { openLink, readyToPay } from "./live-checkout"
import { type Auth, placeOrder, SHIPPING_ADDRESS } from "./cooperative-helpers"

// After a crash the in-memory event bus loses the events of orders that committed. Two such gaps, made honestly:
// an order written by Medusa's createOrderWorkflow (which emits no order.placed), and a refund made through the
// payment module directly (no payment.refunded). The heal job's function finds and writes exactly what is missing.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))

export default topic("relief-ledger-heal", ({ api, getContainer }) => {
  let seeded: Awaited<ReturnType<typeof seedDemoData>>
  let store: Auth
  const ledger = () => getContainer().resolve<ReliefLedgerModuleService>("relief_ledger")
  const entriesOf = (id: string) => ledger().listOrderEntries([id])
  const rowCount = async () =>
    Number(
      (
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(`select count(*) as n from relief_ledger_entry`)
      ).rows[0].n,
    )

  beforeAll(async () => {
    seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
  })

  it("writes the entries of lost events, once, until reconciliation finds nothing", async () => {
    const container = getContainer()

    const placed = await placeOrder(api, store, seeded.regionId, ["changsheng-millet"])
    await waitFor(async () => (await entriesOf(placed.id)).length > 0, 20_000)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["payment_collections.payments.id"],
      filters: { id: placed.id },
    })
    const paymentId = (orders[0] as unknown as { payment_collections: { payments: { id: string }[] }[] })
      .payment_collections[0]!.payments[0]!.id
    const payments = container.resolve(Modules.PAYMENT)
    await payments.capturePayment({ payment_id: paymentId })
    await payments.refundPayment({ payment_id: paymentId, amount: 20 })
    // The heal finds a refund by its own date (its order's updated_at need not move): refund → payment → order.
    const { data: refunds } = await query.graph({
      entity: "refund",
      fields: ["payment.payment_collection.order.id"],
      filters: { created_at: { $gte: new Date(Date.now() - 60_000) } },
    })
    expect(
      refunds.map(
        (r) =>
          (r as unknown as { payment: { payment_collection: { order: { id: string } } } }).payment.payment_collection
            .order.id,
      ),
    ).toEqual([placed.id])

    const { data: products } = await query.graph({
      entity: "product",
      fields: ["variants.id", "variants.weight"],
      filters: { handle: "linden-honey" },
    })
    const variant = [...(products[0]!.variants as { id: string; weight: number }[])].sort(
      (a, b) => a.weight - b.weight,
    )[0]!
    const { result: quiet } = await createOrderWorkflow(container).run({
      input: {
        region_id: seeded.regionId,
        sales_channel_id: seeded.salesChannelId,
        email: "lost-event@example.cn",
        status: "pending",
        // The workflow prices and titles an item from its variant (the DTO's type asks for both regardless).
        items: [{ variant_id: variant.id, quantity: 2 }] as never,
        shipping_address: SHIPPING_ADDRESS,
      },
    })
    await new Promise((r) => setTimeout(r, 1500))
    expect(await entriesOf(quiet.id)).toEqual([])
    const gaps = await reconcileLedger(container)
    expect(gaps.differences.map((d) => [d.order_id, d.kind, d.message.split(" (")[0]]).sort()).toEqual(
      [
        [placed.id, "missing_entries", expect.stringMatching(/^no ledger entries for refund:/)],
        [quiet.id, "missing_entries", `no ledger entries for order.placed:${quiet.id}`],
      ].sort(),
    )
    const before = await rowCount()

    const healed = await healRecentOrders(container)
    expect(healed).toMatchObject({ orders: 2 })
    expect(healed.appended).toBeGreaterThan(0)
    expect(await reconcileLedger(container)).toMatchObject({ differences: [] })
    // Honey 500 g ¥58.00 × 2 = 11600 fen; the millet order's net is 7980 − 2000.
    expect((await entriesOf(quiet.id)).reduce((s, e) => s + e.amount_fen, 0)).toBe(11600)
    expect((await entriesOf(placed.id)).reduce((s, e) => s + e.amount_fen, 0)).toBe(7980 - 2000)
    const after = await rowCount()
    expect(after - before).toBe(healed.appended)

    // Idempotent and cheap: a second run (and the job itself, off in tests) finds nothing and writes nothing.
    expect(await healRecentOrders(container)).toMatchObject({ orders: 0, appended: 0 })
    await healReliefLedgerJob(container)
    expect(await rowCount()).toBe(after)
    const keys = (
      await container
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw(`select count(*) as n from relief_ledger_entry group by entry_key having count(*) > 1`)
    ).rows
    expect(keys).toEqual([])
    expect(config).toMatchObject({ name: "heal-relief-ledger" })
    expect(atStart).toMatchObject({ name: "heal-relief-ledger-at-start", schedule: { numberOfExecutions: 1 } })
  })

  // The crash the bench (bench/crash-heal.ts) found: a live checkout committed, and the process died before the
  // workflow released its events. Staged in a group that is never released and then dropped, as a kill -9 drops
  // the in-memory bus's, they reach no subscriber: no ledger, no live order, the claim tied to no order. Then a
  // cancellation written without its event. The heals write each, once.
  it("heals a live order whose order.placed and order.canceled were lost: ledger, live order, claims, commission", async () => {
    const container = getContainer()
    const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const fx = await liveFixture(container, {
      handle: "fresh-morels",
      livePriceFen: 7900,
      cap: 5,
      limit: 2,
      rateBps: 500,
    })
    const cartId = await openLink(api, store, fx.code)
    await readyToPay(api, store, cartId, "crash-fan@example.cn")
    const eventGroupId = `crash-${cartId}`
    const { result } = await completeCartWorkflow(container).run({
      input: { id: cartId },
      context: { eventGroupId, preventReleaseEvents: true },
    })
    await container.resolve(Modules.EVENT_BUS).clearGroupedEvents(eventGroupId)
    const orderId = result.id
    const commission = async () =>
      (await live.listCommissionEntries({ order_id: orderId })).reduce((s, e) => s + e.amount_fen, 0)
    const claims = async () =>
      (await live.listLiveClaims({ cart_id: cartId })).map((c) => ({ quantity: c.quantity, order_id: c.order_id }))
    const sold = async () => (await live.retrieveSessionProduct(fx.offerId)).sold
    await new Promise((r) => setTimeout(r, 1500))
    expect(await live.listLiveOrders({ order_id: orderId })).toEqual([])
    expect(await entriesOf(orderId)).toEqual([])
    expect(await claims()).toEqual([{ quantity: 1, order_id: null }])
    const since = new Date(Date.now() - 3_600_000)
    expect(await listLiveOrderGaps(container, since)).toMatchObject({ order_ids: [orderId] })

    expect(await healRecentLiveOrders(container)).toMatchObject({ orders: 1, recorded: 1 })
    expect(await healRecentOrders(container)).toMatchObject({ orders: 1 })
    const [row] = await live.listLiveOrders({ order_id: orderId })
    expect(row).toMatchObject({ session_id: fx.sessionId, host_id: fx.hostId, gmv_fen: 7900, units: 1 })
    expect(await claims()).toEqual([{ quantity: 1, order_id: orderId }])
    expect(await commission()).toBe(395) // 5 % of 7900
    expect(await sold()).toBe(1)
    const entries = await entriesOf(orderId)
    expect(entries.reduce((s, e) => s + e.amount_fen, 0)).toBe(7900)
    expect(new Set(entries.map((e) => e.channel))).toEqual(new Set(["livestream"]))
    // Nothing twice: the next runs find no gap and write nothing.
    const rows = await rowCount()
    expect(await healRecentLiveOrders(container)).toMatchObject({ orders: 0, recorded: 0 })
    expect(await healRecentOrders(container)).toMatchObject({ orders: 0, appended: 0 })
    expect(await commission()).toBe(395)
    expect(await rowCount()).toBe(rows)

    // Canceled in the order module directly: no order.canceled. The heal gives the unit back and reverses both.
    await container.resolve(Modules.ORDER).cancel(orderId)
    expect(await listLiveOrderGaps(container, since)).toMatchObject({ order_ids: [orderId] })
    expect(await healRecentLiveOrders(container)).toMatchObject({ orders: 1, recorded: 0 })
    expect(await healRecentOrders(container)).toMatchObject({ orders: 1 })
    expect((await live.listLiveOrders({ order_id: orderId }))[0]!.canceled_at).not.toBeNull()
    expect(await claims()).toEqual([])
    expect(await sold()).toBe(0)
    expect(await commission()).toBe(0)
    expect((await entriesOf(orderId)).reduce((s, e) => s + e.amount_fen, 0)).toBe(0)
    expect(await healRecentLiveOrders(container)).toMatchObject({ orders: 0 })
    expect(await reconcileLedger(container)).toMatchObject({ differences: [] })
    expect(heal).toMatchObject({ name: "heal-live-orders" })
  })
})
