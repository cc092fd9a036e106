import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ShopperOrderSchema, type ShopperOrder } from "@fengshou/store-contract"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, type Auth, loginCooperative, placeOrder, SHIPPING_ADDRESS } from "./cooperative-helpers"

// The shopper's side of after-sale over HTTP: a guest finds a mixed order (millet from 远达, morels from 北马) by number
// and phone, follows it as each cooperative ships, cannot cancel it once shipped, asks to return units (one return per
// cooperative), and cancels a second order before shipping (its captured payment refunded).
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
type Placed = { id: string; display_id: number; items: { id: string; product_handle: string }[] }
type Res = { status: number; data: any; headers: Record<string, string> } // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of many shapes

export default topic("order-after-sale-shopper", ({ api, getContainer }) => {
  let store: Auth
  let A: Auth
  let B: Auth
  let mixed: Placed
  let single: Placed
  let token: string
  let regionId: string
  const locations = new Map<string, string>()
  const line = (handle: string) => mixed.items.find((i) => i.product_handle === handle)!.id
  const withToken = (t: string): Auth => ({ headers: { ...store.headers, "x-order-token": t } })
  const call = (p: Promise<unknown>) => attempt(p as Promise<Res>) as Promise<Res>
  const status = async (id: string, t = token) => {
    const res = await call(api.get(`/store/order-status/${id}`, withToken(t)))
    expect(res.status).toBe(200)
    return ShopperOrderSchema.parse(res.data.order) as ShopperOrder
  }
  const lookup = (body: unknown) => call(api.post(`/store/order-lookup`, body, store))
  const ship = (id: string, quantity: number, carrier: string, auth: Auth) =>
    api.post(
      `/cooperative/orders/${mixed.id}/fulfillments`,
      { items: [{ id, quantity }], carrier, tracking_number: `${carrier.toUpperCase()}20261205${quantity}` },
      auth,
    )
  const returns = (id: string, body: unknown, t = token) =>
    call(api.post(`/store/order-status/${id}/returns`, body, withToken(t)))

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    regionId = seeded.regionId
    A = await loginCooperative(api, "yuanda@demo.fengshou.local")
    B = await loginCooperative(api, "beima@demo.fengshou.local")
    mixed = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet", "fresh-morels"])) as Placed
    single = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet"])) as Placed
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cooperative", fields: ["handle", "stock_location.id"] })
    for (const c of data as { handle: string; stock_location: { id: string } }[])
      locations.set(c.handle, c.stock_location.id)
    token = (await lookup({ display_id: mixed.display_id, phone: SHIPPING_ADDRESS.phone })).data.order_token
  })

  it("finds an order by number and phone only, with one answer for a wrong number or a wrong phone", async () => {
    const wrongPhone = await lookup({ display_id: mixed.display_id, phone: "13911112222" })
    const wrongNumber = await lookup({ display_id: mixed.display_id + 1000, phone: SHIPPING_ADDRESS.phone })
    expect(wrongPhone.status).toBe(404)
    expect(wrongNumber.status).toBe(404)
    expect(wrongPhone.data.message).toBe(wrongNumber.data.message)
    for (const bad of [{}, { display_id: "x", phone: SHIPPING_ADDRESS.phone }, { display_id: mixed.display_id }])
      expect((await lookup(bad)).status).toBe(400)

    const found = await lookup({ display_id: String(mixed.display_id), phone: `+86 ${SHIPPING_ADDRESS.phone}` })
    expect(found.status).toBe(200)
    expect((await status(mixed.id, found.data.order_token)).id).toBe(mixed.id)
    const order = ShopperOrderSchema.parse(found.data.order)
    expect(order).toMatchObject({
      id: mixed.id,
      status: "awaiting_shipment",
      can_cancel: true,
      no_reason_until: null,
    })
    expect(order.items.map((i) => i.returnable_quantity)).toEqual([0, 0])
  })

  it("shows the order only with its token (for that order) or the customer who placed it", async () => {
    expect((await call(api.get(`/store/order-status/${mixed.id}`, store))).status).toBe(404)
    expect((await call(api.get(`/store/order-status/${mixed.id}`, withToken("123.abc")))).status).toBe(404)
    expect((await call(api.get(`/store/order-status/${single.id}`, withToken(token)))).status).toBe(404)
    expect((await call(api.get(`/store/order-status/order_nope`, withToken(token)))).status).toBe(404)
    expect((await status(mixed.id)).display_id).toBe(mixed.display_id)

    const customer = async (email: string): Promise<Auth> => {
      const { data: reg } = await api.post(`/auth/customer/emailpass/register`, { email, password: "shopper-pass-1" })
      await api.post(
        `/store/customers`,
        { email },
        { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } },
      )
      const { data } = await api.post(`/auth/customer/emailpass`, { email, password: "shopper-pass-1" })
      return { headers: { ...store.headers, authorization: `Bearer ${data.token}` } }
    }
    const owner = await customer("owner@example.cn")
    const other = await customer("other@example.cn")
    const own = (await placeOrder(api, owner, regionId, ["changsheng-millet"])) as Placed
    expect((await call(api.get(`/store/order-status/${own.id}`, owner))).data.order.id).toBe(own.id)
    expect((await call(api.get(`/store/order-status/${own.id}`, other))).status).toBe(404)
    // A customer's sign-in opens only its own orders, not a guest's.
    expect((await call(api.get(`/store/order-status/${mixed.id}`, owner))).status).toBe(404)
  })

  it("follows each cooperative's shipment, with carrier and tracking, and refuses to cancel once shipped", async () => {
    await ship(line("fresh-morels"), 2, "sf", B)
    let order = await status(mixed.id)
    expect(order.status).toBe("partially_shipped")
    expect(order.can_cancel).toBe(false)
    expect(order.shipments).toEqual([
      expect.objectContaining({
        carrier: "sf",
        carrier_text: null,
        tracking_number: "SF202612052",
        items: [{ line_item_id: line("fresh-morels"), quantity: 2 }],
      }),
    ])
    expect(order.no_reason_until).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await ship(line("changsheng-millet"), 2, "zto", A)
    order = await status(mixed.id)
    expect(order.status).toBe("shipped")
    expect(order.shipments.map((s) => s.carrier).sort()).toEqual(["sf", "zto"])
    expect(order.items.every((i) => i.returnable_quantity === 2)).toBe(true)

    const cancel = await call(api.post(`/store/order-status/${mixed.id}/cancel`, {}, withToken(token)))
    expect(cancel.status).toBe(409)
    expect(cancel.data.message).toMatch(/already shipped: request a return instead/)
  })

  it("cancels an order not yet shipped and refunds its captured payment", async () => {
    const found = await lookup({ display_id: single.display_id, phone: SHIPPING_ADDRESS.phone })
    const t = found.data.order_token as string
    const before = await status(single.id, t)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["payment_collections.payments.id"],
      filters: { id: single.id },
    })
    const paymentId = (data[0] as any).payment_collections[0].payments[0].id // eslint-disable-line @typescript-eslint/no-explicit-any
    await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId } })
    expect((await status(single.id, t)).payment_status).toBe("captured")

    const canceled = await call(api.post(`/store/order-status/${single.id}/cancel`, {}, withToken(t)))
    expect(canceled.status).toBe(200)

    expect(canceled.data.order).toMatchObject({ status: "canceled", payment_status: "refunded", can_cancel: false })
    expect(canceled.data.order.refunded_fen).toBe(before.total_fen)
    const again = await call(api.post(`/store/order-status/${single.id}/cancel`, {}, withToken(t)))
    expect(again.status).toBe(409)
    expect(again.data.message).toMatch(/already canceled/)
  })

  // The database goes back to its state after beforeAll before each test, so the returns are one story.
  it("takes return requests per cooperative, refusing over-quantity, foreign lines and late no-reason returns", async () => {
    await ship(line("fresh-morels"), 2, "sf", B)
    await ship(line("changsheng-millet"), 2, "zto", A)
    const res = await returns(mixed.id, {
      items: [{ id: line("changsheng-millet"), quantity: 1, reason: "quality", note: "袋子里有虫" }],
    })
    expect([res.status, res.data.message]).toEqual([201, undefined])
    const order = ShopperOrderSchema.parse(res.data.order)
    expect(order.status).toBe("refunding")
    expect(order.returns).toEqual([
      expect.objectContaining({
        status: "requested",
        refunded_fen: 0,
        items: [
          {
            line_item_id: line("changsheng-millet"),
            quantity: 1,
            received_quantity: 0,
            reason: "quality",
            note: "袋子里有虫",
          },
        ],
      }),
    ])
    const millet = order.items.find((i) => i.id === line("changsheng-millet"))!
    expect(millet).toMatchObject({ returned_quantity: 1, returnable_quantity: 1 })

    // A mixed request becomes one return per cooperative's location.
    const split = await returns(mixed.id, {
      items: [
        { id: line("changsheng-millet"), quantity: 1, reason: "damaged" },
        { id: line("fresh-morels"), quantity: 1, reason: "no_reason" },
      ],
    })
    expect([split.status, split.data.message]).toEqual([201, undefined])
    expect(split.data.order.returns).toHaveLength(3)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "return",
      fields: ["id", "status", "location_id", "items.item_id", "items.reason.value"],
      filters: { order_id: mixed.id },
    })
    type Row = { status: string; location_id: string; items: { item_id: string; reason: { value: string } }[] }
    const at = (data as Row[]).map((r) => [r.location_id, r.status, r.items.map((i) => i.reason.value).sort()])
    expect(at).toEqual(
      expect.arrayContaining([
        [locations.get("yuanda"), "requested", ["quality"]],
        [locations.get("yuanda"), "requested", ["damaged"]],
        [locations.get("beima"), "requested", ["no_reason"]],
      ]),
    )

    const over = await returns(mixed.id, {
      items: [{ id: line("changsheng-millet"), quantity: 1, reason: "quality" }],
    })
    expect(over.status).toBe(400)
    expect(over.data.message).toMatch(/items\[0\].*0 unit\(s\) you can return/)
    const foreign = await returns(mixed.id, { items: [{ id: single.items[0]!.id, quantity: 1, reason: "quality" }] })
    expect(foreign.status).toBe(400)
    expect(foreign.data.message).toMatch(/items\[0\].*not a line of this order/)

    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw(
      `update fulfillment set shipped_at = now() - interval '10 days', delivered_at = null
          where id in (select fulfillment_id from order_fulfillment where order_id = ?)`,
      [mixed.id],
    )
    const moved = await status(mixed.id)
    expect(moved.no_reason_until! < new Date().toISOString().slice(0, 10)).toBe(true)
    const late = await returns(mixed.id, { items: [{ id: line("fresh-morels"), quantity: 1, reason: "no_reason" }] })
    expect(late.status).toBe(400)
    expect(late.data.message).toMatch(/items\[0\].*no longer be returned without a reason.*window closed after/)
    // The refused requests left no return behind; another reason is still accepted.
    expect((await status(mixed.id)).returns).toHaveLength(3)
    const lastMorel = await returns(mixed.id, {
      items: [{ id: line("fresh-morels"), quantity: 1, reason: "wrong_item" }],
    })
    expect(lastMorel.status).toBe(201)
    expect(lastMorel.data.order.items.map((i: { returnable_quantity: number }) => i.returnable_quantity)).toEqual([
      0, 0,
    ])
  })

  it("answers bad bodies with 4xx, never 5xx, and refuses Medusa's open POST /store/returns", async () => {
    const bodies: unknown[] = [
      null,
      [],
      "items",
      { items: [] },
      { items: "x" },
      { items: [{}] },
      { items: [{ id: line("fresh-morels"), quantity: 0, reason: "quality" }] },
      { items: [{ id: line("fresh-morels"), quantity: 1.5, reason: "quality" }] },
      { items: [{ id: line("fresh-morels"), quantity: -1, reason: "quality" }] },
      { items: [{ id: line("fresh-morels"), quantity: 1, reason: "because" }] },
      { items: [{ id: line("fresh-morels"), quantity: 1, reason: "quality", note: "x".repeat(501) }] },
      { items: [{ id: line("fresh-morels"), quantity: 1e12, reason: "quality" }] },
      { items: [{ id: { $ne: "" }, quantity: 1, reason: "quality" }] },
      { items: [{ id: line("fresh-morels"), quantity: 1, reason: "quality" }], order_id: single.id },
    ]
    for (const body of bodies) {
      const res = await returns(mixed.id, body)
      expect([res.status, body]).toEqual([expect.toSatisfy((s: number) => s >= 400 && s < 500), body])
    }
    for (const body of [
      null,
      { display_id: -1, phone: "1" },
      { display_id: 1e20, phone: SHIPPING_ADDRESS.phone },
      { display_id: 3e9, phone: SHIPPING_ADDRESS.phone },
    ])
      expect((await lookup(body)).status).toBeLessThan(500)
    // Refused requests wrote nothing: no return, not even Medusa's return reasons (made on the first valid request).
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    expect((await query.graph({ entity: "return_reason", fields: ["id"] })).data).toEqual([])
    expect((await query.graph({ entity: "return", fields: ["id"] })).data).toEqual([])
    const stock = await call(api.post(`/store/returns`, { order_id: mixed.id, items: [] }, store))
    expect([stock.status, stock.data]).toEqual([403, expect.anything()])
    expect(stock.data.message).toMatch(/\/store\/order-status\/:id\/returns/)
  })

  it("stops an order number after 10 look-ups that found nothing, with Retry-After", async () => {
    const answers: Res[] = []
    for (let n = 0; n < 12; n++) answers.push(await lookup({ display_id: mixed.display_id, phone: "13700000000" }))
    const statuses = answers.map((a) => a.status)
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(10)
    expect(statuses.at(-1)).toBe(429)
    expect(Number(answers.at(-1)!.headers["retry-after"])).toBeGreaterThan(0)
    // Blocked even with the right phone until the window ends.
    expect((await lookup({ display_id: mixed.display_id, phone: SHIPPING_ADDRESS.phone })).status).toBe(429)
    // Another order number is not blocked: every guest comes through the storefront's one address.
    expect((await lookup({ display_id: single.display_id, phone: SHIPPING_ADDRESS.phone })).status).toBe(200)
  })
})
