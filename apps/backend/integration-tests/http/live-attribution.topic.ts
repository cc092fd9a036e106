import { topic } from "../runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { waitFor } from "./checkout-helpers"
import { adminLogin, attempt, type Auth } from "./cooperative-helpers"
import { seededLiveFixture, type LiveFixture } from "./live-fixture"
import { openLink, readyToPay } from "./live-checkout"
import { loginOfficial, WENDENG } from "./official-helpers"

// Fresh morels ¥89.00 sold live at ¥79.00 through a cart link; the host earns 5 %.
const LIVE_FEN = 7900
const year = "from=2000-01-01&to=2099-12-31"

export default topic("live-attribution", ({ api, getContainer }) => {
  let store: Auth
  let fx: LiveFixture
  const live = () => getContainer().resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const commission = async (orderId: string) =>
    (await live().listCommissionEntries({ order_id: orderId })).reduce((s, e) => s + e.amount_fen, 0)
  const channelRow = async (official: Auth) =>
    (await api.get(`/official/relief/summary?${year}&group_by=channel`, official)).data.rows.find(
      (r: { key: string }) => r.key === "livestream",
    )

  beforeAll(async () => {
    ;({ store, fx } = await seededLiveFixture(getContainer(), { cap: 10, limit: 2, livePriceFen: LIVE_FEN }))
  })

  it("attributes a cart-link order to host and session, counts it as livestream, and a full refund takes it back out", async () => {
    const cartId = await openLink(api, store, fx.code)
    const { data: c } = await api.get(`/store/carts/${cartId}?fields=*items,+items.total,+metadata`, store)
    expect(c.cart.metadata).toMatchObject({ live_session_id: fx.sessionId, host_id: fx.hostId })
    expect(c.cart.items).toHaveLength(1)
    expect(Math.round(Number(c.cart.items[0].total) * 100)).toBe(LIVE_FEN)
    // Opening the link again does not add the item twice.
    expect(await openLink(api, store, fx.code, cartId)).toBe(cartId)
    expect(
      (await api.get(`/store/carts/${cartId}?fields=*items,+items.total,+metadata`, store)).data.cart.items[0].quantity,
    ).toBe(1)

    await readyToPay(api, store, cartId, "fan@example.cn")
    const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(done.type).toBe("order")
    const orderId = done.order.id as string
    await waitFor(async () => (await live().listLiveOrders({ order_id: orderId })).length > 0, 20_000)

    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: linked } = await query.graph({
      entity: "order",
      fields: ["id", "metadata", "live_session.id"],
      filters: { id: orderId },
    })
    const order = linked[0] as unknown as { metadata: Record<string, unknown>; live_session: { id: string } }
    expect(order.metadata).toMatchObject({ live_session_id: fx.sessionId, host_id: fx.hostId })
    expect(order.live_session.id).toBe(fx.sessionId)

    const stats = await live().sessionStats(fx.sessionId)
    expect(stats).toMatchObject({ orders: 1, gmv_fen: LIVE_FEN, units: 1, refunded_fen: 0 })
    expect(stats!.products[0]).toMatchObject({ units: 1, gmv_fen: LIVE_FEN, stock_cap: 10, remaining: 9 })
    expect(await commission(orderId)).toBe(395) // 5 % of 7900
    expect((await live().commissionReport(fx.hostId)).totals).toMatchObject({
      orders: 1,
      net_sales_fen: LIVE_FEN,
      pending_fen: 395,
      confirmed_fen: 0,
    })

    const ledger = getContainer().resolve<ReliefLedgerModuleService>("relief_ledger")
    await waitFor(async () => (await ledger.listOrderEntries([orderId])).length > 0, 20_000)
    const entries = await ledger.listOrderEntries([orderId])
    expect(new Set(entries.map((e) => e.channel))).toEqual(new Set(["livestream"]))
    const official = await loginOfficial(api, WENDENG)
    expect(await channelRow(official)).toMatchObject({ sales_fen: LIVE_FEN })

    // Full refund of the payment (merchandise and shipping).
    const admin = await adminLogin(api, getContainer())
    const { data } = await api.get(`/admin/orders/${orderId}?fields=*payment_collections.payments`, admin)
    const payment = data.order.payment_collections[0].payments[0]
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
    await api.post(`/admin/payments/${payment.id}/refund`, { amount: Number(payment.amount) }, admin)
    await waitFor(async () => (await commission(orderId)) === 0, 20_000)
    expect(await live().sessionStats(fx.sessionId)).toMatchObject({ orders: 1, gmv_fen: 0, refunded_fen: LIVE_FEN })
    const report = await live().commissionReport(fx.hostId)
    expect(report.totals).toMatchObject({ net_sales_fen: 0, pending_fen: 0, reversed_fen: 395 })
    await waitFor(async () => (await ledger.listOrderEntries([orderId])).some((e) => e.kind === "refund"), 20_000)
    expect((await channelRow(official))?.sales_fen ?? 0).toBe(0)
  })

  it("holds the per-shopper limit across carts, with a message that says what to do", async () => {
    const first = (
      await api.post(
        `/store/live/sessions/${fx.sessionId}/cart`,
        { session_product_id: fx.offerId, quantity: 2 },
        store,
      )
    ).data.cart_id
    const options = await readyToPay(api, store, first, "Limit@Example.cn")
    expect((await api.post(`/store/carts/${first}/complete`, {}, store)).data.type).toBe("order")
    const second = await openLink(api, store, fx.code)
    await readyToPay(api, store, second, "limit@example.cn", options)
    const refused = await attempt(api.post(`/store/carts/${second}/complete`, {}, store))
    expect(refused.status).toBe(400)
    expect(refused.data).toMatchObject({ code: "live_limit_reached" })
    expect((refused.data as { message: string }).message).toMatch(
      /limit 2 per shopper in this live session, you already bought 2\. Lower the quantity to 0/,
    )
    expect(await live().listLiveClaims({ cart_id: second })).toHaveLength(0)
  })

  it("gives friendly answers for unknown links and ended sessions, and lets the cart go on at the shelf price", async () => {
    expect(await attempt(api.get(`/store/live/links/NOSUCHCODE`, store))).toMatchObject({
      status: 404,
      data: { code: "link_unknown" },
    })
    const cartId = await openLink(api, store, fx.code)
    await readyToPay(api, store, cartId, "late@example.cn")
    await live().updateLiveSessions({ id: fx.sessionId, ended_at: new Date() })
    expect(await attempt(api.get(`/store/live/links/${fx.code}`, store))).toMatchObject({
      status: 410,
      data: { code: "session_ended" },
    })
    expect(await attempt(api.post(`/store/live/links/${fx.code}/cart`, {}, store))).toMatchObject({
      status: 410,
      data: { code: "session_ended" },
    })
    const refused = await attempt(api.post(`/store/carts/${cartId}/complete`, {}, store))
    expect(refused).toMatchObject({ status: 400, data: { code: "live_session_ended" } })
    await api.post(`/store/live/carts/${cartId}/detach`, {}, store)
    const { data } = await api.get(`/store/carts/${cartId}?fields=*items,+items.total,+metadata`, store)
    expect(data.cart.metadata?.live_session_id).toBeUndefined()
    expect(Math.round(Number(data.cart.items[0].total) * 100)).toBe(8900)
  })
})
