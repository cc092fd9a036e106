import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createProductsWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { seedDemoData } from "../../src/scripts/seed/index"
import { returnRefundMetadata } from "../../src/lib/orders/return-refund"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { waitFor } from "./checkout-helpers"
import { adminLogin, type Auth, loginCooperative, SHIPPING_ADDRESS } from "./cooperative-helpers"
import { HEILONGJIANG, loginOfficial } from "./official-helpers"

// After the sale, in the ledger. A mixed order (3 × millet 2.5 kg from 远达, whose lot has households, and a tin of
// tea no cooperative stands behind) is shipped, 1 millet comes back and is refunded for its share: the ledger takes
// back exactly that unit, amount and grams, on the millet line only. An unshipped order, canceled with its captured
// payment (Medusa refunds it while canceling), goes back to zero, and the official's totals drop by exactly it.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const MILLET_UNIT_FEN = 3990
const MILLET_UNIT_G = 2500
type Line = { variant_id: string; quantity: number }

export default topic("relief-ledger-returns", ({ api, getContainer }) => {
  let store: Auth
  let admin: Auth
  let regionId: string
  let millet: string
  let tea: string
  const ledger = () => getContainer().resolve<ReliefLedgerModuleService>("relief_ledger")
  const entriesOf = (id: string) => ledger().listOrderEntries([id])
  const sum = (es: { amount_fen: number }[]) => es.reduce((s, e) => s + e.amount_fen, 0)
  const grams = (es: { quantity_g: number }[]) => es.reduce((s, e) => s + e.quantity_g, 0)

  async function checkout(lines: Line[]) {
    const { data: created } = await api.post(
      `/store/carts`,
      { region_id: regionId, email: "shopper@example.cn", shipping_address: SHIPPING_ADDRESS },
      store,
    )
    const cartId = created.cart.id as string
    for (const line of lines) await api.post(`/store/carts/${cartId}/line-items`, line, store)
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
    for (const option of options.shipping_options)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)
    const { data: pc } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store)
    await api.post(
      `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      store,
    )
    const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    if (completed.type !== "order") throw new Error(`checkout failed: ${JSON.stringify(completed).slice(0, 300)}`)
    const order = completed.order as { id: string; items: { id: string; variant_id: string }[] }
    await waitFor(async () => (await entriesOf(order.id)).length > 0, 20_000)
    const { data } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)
    const payment = data.order.payment_collections[0].payments[0] as { id: string }
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
    const line = (variantId: string) => order.items.find((i) => i.variant_id === variantId)!.id
    return { id: order.id, paymentId: payment.id, line }
  }

  async function reconcile(orderId: string) {
    const { data } = await api.get(`/admin/relief/reconciliation`, admin)
    return (data.differences as { order_id: string }[]).filter((d) => d.order_id === orderId)
  }

  beforeAll(async () => {
    const container = getContainer()
    const seeded = await seedDemoData(container, { staticDir })
    regionId = seeded.regionId
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    admin = await adminLogin(api, container)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["handle", "shipping_profile.id", "variants.id", "variants.title"],
      filters: { handle: "changsheng-millet" },
    })
    const product = products[0] as {
      shipping_profile: { id: string }
      variants: { id: string; title: string }[]
    }
    millet = product.variants.find((v) => v.title === "2.5 kg")!.id
    // A product with no cooperative linked: not relief goods, sold in the same store.
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: "茶叶礼盒",
            handle: "tea-tin-not-relief",
            status: ProductStatus.PUBLISHED,
            shipping_profile_id: product.shipping_profile.id,
            sales_channels: [{ id: seeded.salesChannelId }],
            options: [{ title: "规格", values: ["200 g"] }],
            variants: [
              {
                title: "200 g",
                weight: 200,
                manage_inventory: false,
                options: { 规格: "200 g" },
                prices: [{ currency_code: "cny", amount: 50 }],
              },
            ],
          },
        ],
      },
    })
    tea = result[0]!.variants[0]!.id
  })

  it("reverses exactly a returned unit of a mixed order: that line's share, its grams, nothing else", async () => {
    const container = getContainer()
    const order = await checkout([
      { variant_id: millet, quantity: 3 },
      { variant_id: tea, quantity: 1 },
    ])
    const sale = await entriesOf(order.id)
    // Only the millet is relief: 3 × 3990 fen, 3 × 2500 g.
    expect([sum(sale), grams(sale)]).toEqual([3 * MILLET_UNIT_FEN, 3 * MILLET_UNIT_G])
    expect(new Set(sale.map((e) => e.line_item_id))).toEqual(new Set([order.line(millet)]))

    const yuanda = await loginCooperative(api, "yuanda@demo.fengshou.local")
    await api.post(
      `/cooperative/orders/${order.id}/fulfillments`,
      { items: [{ id: order.line(millet), quantity: 3 }], carrier: "sf", tracking_number: "SF1234567890" },
      yuanda,
    )
    const { data: coops } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cooperative",
      fields: ["stock_location.id"],
      filters: { handle: "yuanda" },
    })
    const location_id = (coops[0] as { stock_location: { id: string } }).stock_location.id
    const { result: change } = await beginReturnOrderWorkflow(container).run({
      input: { order_id: order.id, location_id },
    })
    const returnId = change.return_id!
    const items = [{ id: order.line(millet), quantity: 1 }]
    await requestItemReturnWorkflow(container).run({ input: { return_id: returnId, items } })
    await confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } })
    await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } })
    await receiveItemReturnRequestWorkflow(container).run({ input: { return_id: returnId, items } })
    await confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } })
    await refundPaymentWorkflow(container).run({
      input: {
        payment_id: order.paymentId,
        amount: MILLET_UNIT_FEN / 100,
        // Not in the input's type; the payment module stores it on the refund row.
        ...{ metadata: returnRefundMetadata(returnId) },
      },
    })
    await waitFor(async () => (await entriesOf(order.id)).some((e) => e.kind === "refund"), 20_000)

    const refund = (await entriesOf(order.id)).filter((e) => e.kind === "refund")
    expect(sum(refund)).toBe(-MILLET_UNIT_FEN)
    expect(grams(refund)).toBe(-MILLET_UNIT_G)
    expect(new Set(refund.map((e) => e.line_item_id))).toEqual(new Set([order.line(millet)]))
    expect(new Set(refund.map((e) => e.source_event_id)).size).toBe(1)
    const households = (await entriesOf(order.id)).filter((e) => e.party === "household")
    for (const key of new Set(households.map((e) => e.household_key)))
      expect(sum(households.filter((e) => e.household_key === key))).toBeGreaterThan(0)
    expect(await reconcile(order.id)).toEqual([])
  })

  it("takes an unshipped canceled order back to zero once, and the official's totals drop by exactly it", async () => {
    const province = await loginOfficial(api, HEILONGJIANG)
    const totals = async () =>
      (await api.get(`/official/relief/summary?from=2000-01-01&to=2099-12-31&group_by=cooperative`, province)).data
        .totals as { sales_fen: number; quantity_g: number; refunds_fen: number }
    const order = await checkout([{ variant_id: millet, quantity: 2 }])
    const before = await totals()

    await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const refunds = async () => {
      const { data } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.refunds.id"],
        filters: { id: order.id },
      })
      const pcs = (data[0] as { payment_collections: { payments: { refunds: { id: string }[] }[] }[] })
        .payment_collections
      return pcs.flatMap((pc) => pc.payments).flatMap((p) => p.refunds ?? [])
    }
    // Medusa refunded the captured payment while canceling: both events reach the ledger.
    expect(await refunds()).toHaveLength(1)
    const sources = async () => new Set((await entriesOf(order.id)).map((e) => e.source_event_id))
    await waitFor(async () => (await sources()).size === 3, 20_000)
    await new Promise((r) => setTimeout(r, 1000))

    const all = await entriesOf(order.id)
    expect([sum(all), grams(all)]).toEqual([0, 0])
    const after = await totals()
    expect(before.sales_fen - after.sales_fen).toBe(2 * MILLET_UNIT_FEN)
    expect(before.quantity_g - after.quantity_g).toBe(2 * MILLET_UNIT_G)
    expect(after.refunds_fen - before.refunds_fen).toBe(2 * MILLET_UNIT_FEN)
    expect(await reconcile(order.id)).toEqual([])
  })
})
