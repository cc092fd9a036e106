// After the sale, the cooperative's side (#14): its order lists and search, marking a parcel delivered, canceling an
// order it cannot ship, and its returns inbox: receive (the shopper is mailed once) and refund (the refund names the
// return). Returns are made with Medusa's own return workflows, as the shopper's route does.
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { integrationRunner } from "../runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginReturnOrderWorkflow,
  capturePaymentWorkflow,
  confirmReturnRequestWorkflow,
  createReturnReasonsWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  CooperativeOrderWithShipmentsListSchema,
  CooperativeOrderWithShipmentsSchema,
  CooperativeReturnListSchema,
  CooperativeReturnResponseSchema,
} from "@fengshou/store-contract"
import { yuanToFen } from "@fengshou/relief-core"
import { seedDemoData } from "../../src/scripts/seed/index"
import { requestShopperReturnsWorkflow } from "../../src/workflows/orders/request-shopper-returns"
import { startSmtpServer } from "../stubs/smtp-server"
import { waitFor } from "./checkout-helpers"
import { attempt, type Auth, loginCooperative, placeOrder } from "./cooperative-helpers"

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.SMTP_FROM = "丰收 <noreply@fengshou.test>"
})
afterAll(async () => {
  delete process.env.SMTP_URL
  delete process.env.SMTP_FROM
  await smtp.close()
})

const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
type Order = { id: string; display_id: number; items: { id: string; product_handle: string }[] }
type Failure = { status: number; data: { message?: string } }

integrationRunner({
  testSuite: ({ api, getContainer }) => {
    let A: Auth // 远达: millet
    let B: Auth // 北马: fresh morels
    let unshipped: Order
    let mixed: Order
    let shipped: Order
    let placeMillet: () => Promise<Order>
    let returnId: string
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const millet = (o: Order) => o.items.find((i) => i.product_handle === "changsheng-millet")!.id
    const fail = (call: Promise<{ status: number; data: unknown }>) => attempt(call) as Promise<Failure>

    async function capture(orderId: string) {
      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.id"],
        filters: { id: orderId },
      })
      const payment = (data[0] as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0]!
        .payments[0]!
      await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: payment.id } })
    }
    /** Millet of `shipped` stocked at 远达's location, and where the return says it goes. */
    async function milletStock() {
      const { data } = await query().graph({
        entity: "order",
        fields: ["items.id", "items.variant.inventory_items.inventory.location_levels.*", "returns.location_id"],
        filters: { id: shipped.id },
      })
      type Row = {
        items: {
          id: string
          variant: {
            inventory_items: { inventory: { location_levels: { location_id: string; stocked_quantity: number }[] } }[]
          }
        }[]
        returns: { location_id: string | null }[]
      }
      const row = data[0] as Row
      const { data: coops } = await query().graph({
        entity: "cooperative",
        fields: ["stock_location.id"],
        filters: { handle: "yuanda" },
      })
      const location = (coops[0] as { stock_location: { id: string } }).stock_location.id
      const levels = row.items.find((i) => i.id === millet(shipped))!.variant.inventory_items[0]!.inventory
        .location_levels
      const stocked = Number(levels.find((l) => l.location_id === location)!.stocked_quantity)
      return { stocked, returnedTo: row.returns.map((r) => r.location_id === location) }
    }
    async function list(status: string, q?: string) {
      const params = new URLSearchParams({ status, ...(q ? { q } : {}) })
      const { data } = await api.get(`/cooperative/orders?${params}`, A)
      return CooperativeOrderWithShipmentsListSchema.parse(data)
    }

    /**
     * The shopper returns one of the two bags of millet of `shipped`, for its quality, as their route would (to the
     * cooperative's location; `located: false` leaves the return without one, as Medusa's admin can).
     */
    async function requestReturn({ located = true } = {}) {
      const container = getContainer()
      const { data: coops } = await query().graph({
        entity: "cooperative",
        fields: ["stock_location.id"],
        filters: { handle: "yuanda" },
      })
      const locationId = (coops[0] as { stock_location: { id: string } }).stock_location.id
      const { data: reasons } = await query().graph({
        entity: "return_reason",
        fields: ["id", "value"],
        filters: { value: "quality" },
      })
      const reasonId =
        (reasons[0] as { id: string } | undefined)?.id ??
        (
          await createReturnReasonsWorkflow(container).run({
            input: { data: [{ value: "quality", label: "质量问题" }] },
          })
        ).result[0]!.id
      const { result: change } = await beginReturnOrderWorkflow(container).run({
        input: { order_id: shipped.id, ...(located ? { location_id: locationId } : {}) },
      })
      returnId = change.return_id!
      await requestItemReturnWorkflow(container).run({
        input: { return_id: returnId, items: [{ id: millet(shipped), quantity: 1, reason_id: reasonId }] },
      })
      await confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } })
    }

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir })
      const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      placeMillet = async () => (await placeOrder(api, store, seeded.regionId, ["changsheng-millet"])) as Order
      A = await loginCooperative(api, "yuanda@demo.fengshou.local")
      B = await loginCooperative(api, "beima@demo.fengshou.local")
      unshipped = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet"])) as Order
      mixed = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet", "fresh-morels"])) as Order
      shipped = (await placeOrder(api, store, seeded.regionId, ["changsheng-millet"])) as Order
      for (const o of [unshipped, shipped]) await capture(o.id)
      const ship = { items: [{ id: millet(shipped), quantity: 2 }], carrier: "sf", tracking_number: "SF7700112233" }
      await api.post(`/cooperative/orders/${shipped.id}/fulfillments`, ship, A)
    })

    it("ships with a carrier from the fixed list only, and lists orders to ship, shipped, and by search", async () => {
      const unknown = await fail(
        api.post(
          `/cooperative/orders/${unshipped.id}/fulfillments`,
          { items: [{ id: millet(unshipped), quantity: 1 }], carrier: "顺丰", tracking_number: "X1" },
          A,
        ),
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/Expected: 'sf, zto, .*' for field 'carrier'/)

      const toShip = (await list("to_ship")).orders.map((o) => o.id)
      expect(toShip).toEqual(expect.arrayContaining([unshipped.id, mixed.id]))
      expect(toShip).not.toContain(shipped.id)
      // The default view is the orders still to ship.
      const byDefault = CooperativeOrderWithShipmentsListSchema.parse((await api.get(`/cooperative/orders`, A)).data)
      expect(byDefault.orders.map((o) => o.id)).toEqual(toShip)

      const done = (await list("shipped")).orders
      expect(done.map((o) => o.id)).toEqual([shipped.id])
      expect(done[0]!.fulfillment_status).toBe("shipped")
      expect(done[0]!.shipments).toEqual([
        expect.objectContaining({
          carrier: "sf",
          carrier_text: null,
          tracking_number: "SF7700112233",
          delivered_at: null,
          items: [{ line_item_id: millet(shipped), quantity: 2 }],
        }),
      ])
      expect((await list("all", "7700112")).orders.map((o) => o.id)).toEqual([shipped.id])
      expect((await list("all", `#${mixed.display_id}`)).orders.map((o) => o.id)).toEqual([mixed.id])
      expect((await list("all", "李小红")).count).toBeGreaterThanOrEqual(3)
      expect((await list("all", "13900139000")).count).toBeGreaterThanOrEqual(3)
      expect((await list("all", "nobody-matches")).count).toBe(0)
      // 北马 sees the mixed order with only its own morels and no parcel of 远达's.
      const ofB = CooperativeOrderWithShipmentsSchema.parse(
        (await api.get(`/cooperative/orders/${mixed.id}`, B)).data.order,
      )
      expect(ofB.items.map((i) => i.id)).not.toContain(millet(mixed))
      expect(ofB.shipments).toEqual([])

      const bad = await fail(api.get(`/cooperative/orders?status=lost`, A))
      expect(bad.status).toBe(400)
    })

    it("marks its own parcel delivered once; another cooperative's parcel is not found", async () => {
      const { data } = await api.get(`/cooperative/orders/${shipped.id}`, A)
      const fulfillmentId = CooperativeOrderWithShipmentsSchema.parse(data.order).shipments[0]!.id
      const url = `/cooperative/orders/${shipped.id}/fulfillments/${fulfillmentId}/deliver`
      expect((await fail(api.post(url, {}, B))).status).toBe(404)
      const delivered = await api.post(url, {}, A)
      expect(delivered.status).toBe(200)
      const order = CooperativeOrderWithShipmentsSchema.parse(delivered.data.order)
      expect(order.shipments[0]!.delivered_at).not.toBeNull()
      expect(order.fulfillment_status).toBe("delivered")
      const again = await fail(api.post(url, {}, A))
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/already marked delivered/)
      expect((await list("shipped")).orders.map((o) => o.id)).toEqual([shipped.id])
    })

    it("cancels its own unshipped order with the reason and refunds it; a mixed or shipped order is 409", async () => {
      const mixedCancel = await fail(api.post(`/cooperative/orders/${mixed.id}/cancel`, { reason: "缺货" }, A))
      expect(mixedCancel.status).toBe(409)
      expect(mixedCancel.data.message).toMatch(/mixed order can only be canceled by the shopper or the platform/)
      const shippedCancel = await fail(api.post(`/cooperative/orders/${shipped.id}/cancel`, { reason: "缺货" }, A))
      expect(shippedCancel.status).toBe(409)
      expect((await fail(api.post(`/cooperative/orders/${unshipped.id}/cancel`, { reason: "  " }, A))).status).toBe(400)
      expect((await fail(api.post(`/cooperative/orders/${unshipped.id}/cancel`, { reason: "缺货" }, B))).status).toBe(
        404,
      )

      const res = await api.post(`/cooperative/orders/${unshipped.id}/cancel`, { reason: "小米售罄" }, A)
      expect(res.status).toBe(200)
      expect(CooperativeOrderWithShipmentsSchema.parse(res.data.order).status).toBe("canceled")
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "status",
          "metadata",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.refunds.amount",
        ],
        filters: { id: unshipped.id },
      })
      const row = data[0] as {
        status: string
        metadata: Record<string, unknown>
        payment_collections: { payments: { captures: { amount: number }[]; refunds: { amount: number }[] }[] }[]
      }
      expect(row.status).toBe("canceled")
      expect(row.metadata.cancel_reason).toBe("小米售罄")
      const payment = row.payment_collections[0]!.payments[0]!
      expect(payment.refunds.map((r) => Number(r.amount))).toEqual([Number(payment.captures[0]!.amount)])
      expect((await list("to_ship")).orders.map((o) => o.id)).not.toContain(unshipped.id)
      expect((await fail(api.post(`/cooperative/orders/${unshipped.id}/cancel`, { reason: "again" }, A))).status).toBe(
        409,
      )
    })

    it("lists a return of its own lines with what may be refunded; others' returns are not found", async () => {
      await requestReturn()

      const inbox = CooperativeReturnListSchema.parse((await api.get(`/cooperative/returns?status=requested`, A)).data)
      const listed = inbox.returns.find((r) => r.id === returnId)!
      const { data: mine } = await api.get(`/cooperative/orders/${shipped.id}`, A)
      const line = CooperativeOrderWithShipmentsSchema.parse(mine.order).items[0]!
      expect(listed).toMatchObject({
        order_id: shipped.id,
        display_id: shipped.display_id,
        status: "requested",
        refunded_fen: 0,
        refundable_fen: Math.floor((line.total_fen * 1) / 2),
        items: [
          expect.objectContaining({ line_item_id: line.id, quantity: 1, received_quantity: 0, reason: "quality" }),
        ],
      })
      expect(CooperativeReturnListSchema.parse((await api.get(`/cooperative/returns`, B)).data).returns).toEqual([])
      expect((await fail(api.get(`/cooperative/returns/${returnId}`, B))).status).toBe(404)
      expect((await fail(api.post(`/cooperative/returns/${returnId}/receive`, {}, B))).status).toBe(404)
      expect((await fail(api.post(`/cooperative/returns/${returnId}/refund`, { amount_fen: 1 }, B))).status).toBe(404)
      const early = await fail(api.post(`/cooperative/returns/${returnId}/refund`, { amount_fen: 1 }, A))
      expect(early.status).toBe(409)
      expect(early.data.message).toMatch(/receive the goods before refunding/)
      expect((await fail(api.get(`/cooperative/returns?status=lost`, A))).status).toBe(400)
    })

    it("receives the return (the shopper is mailed once, however often the event comes) and refunds at most what is left", async () => {
      await requestReturn({ located: false })
      const stockBefore = await milletStock()
      const subject = `订单 #${shipped.display_id} 的退货已收到`
      const receiveUrl = `/cooperative/returns/${returnId}/receive`
      const tooMany = await fail(api.post(receiveUrl, { items: [{ line_item_id: millet(shipped), quantity: 2 }] }, A))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/1 unit\(s\) left to receive, not 2/)
      expect((await fail(api.post(receiveUrl, { items: [{ line_item_id: "x", quantity: 0 }] }, A))).status).toBe(400)

      const received = await api.post(receiveUrl, {}, A)
      expect(received.status).toBe(200)
      const afterReceipt = CooperativeReturnResponseSchema.parse(received.data).return
      expect(afterReceipt).toMatchObject({
        status: "received",
        items: [expect.objectContaining({ received_quantity: 1 })],
      })
      expect(afterReceipt.received_at).not.toBeNull()
      expect((await fail(api.post(receiveUrl, {}, A))).status).toBe(409)
      // The bag is back on the shelf of 远达's own location, which the return had no location for until received.
      expect(stockBefore.returnedTo).toEqual([false])
      expect(await milletStock()).toEqual({ stocked: stockBefore.stocked + 1, returnedTo: [true] })

      await waitFor(async () => smtp.messages.some((m) => m.subject === subject), 20_000)
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.return_received", data: { order_id: shipped.id, return_id: returnId } })
      await new Promise((r) => setTimeout(r, 1500))
      const mails = smtp.messages.filter((m) => m.subject === subject)
      expect(mails).toHaveLength(1)
      expect(mails[0]!.to).toContain("shopper@example.cn")
      expect(mails[0]!.text).toContain("昌盛小米")

      const max = afterReceipt.refundable_fen
      const refundUrl = `/cooperative/returns/${returnId}/refund`
      const over = await fail(api.post(refundUrl, { amount_fen: max + 1 }, A))
      expect(over.status).toBe(422)
      expect(over.data.message).toContain(`${max} fen`)
      for (const bad of [{ amount_fen: 0 }, { amount_fen: 1.5 }, { amount_fen: "100" }, {}])
        expect((await fail(api.post(refundUrl, bad, A))).status).toBe(400)

      const part = max - 100
      const refunded = CooperativeReturnResponseSchema.parse((await api.post(refundUrl, { amount_fen: part }, A)).data)
      expect(refunded.return).toMatchObject({ status: "refunded", refunded_fen: part, refundable_fen: 100 })
      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.refunds.amount", "payment_collections.payments.refunds.metadata"],
        filters: { id: shipped.id },
      })
      const refunds = (
        data[0] as { payment_collections: { payments: { refunds: { amount: number; metadata: unknown }[] }[] }[] }
      ).payment_collections[0]!.payments[0]!.refunds
      expect(refunds.map((r) => ({ fen: yuanToFen(String(r.amount)), metadata: r.metadata }))).toEqual([
        { fen: part, metadata: { fengshou_return_id: returnId } },
      ])
      const rest = await fail(api.post(refundUrl, { amount_fen: 101 }, A))
      expect(rest.status).toBe(422)
      expect((await api.post(refundUrl, { amount_fen: 100 }, A)).data.return.refundable_fen).toBe(0)
      const inbox = CooperativeReturnListSchema.parse((await api.get(`/cooperative/returns?status=refunded`, A)).data)
      expect(inbox.returns.map((r) => r.id)).toEqual([returnId])
    })

    it("refunds a return of an order whose payment was only authorized: the shopper's request captured it", async () => {
      // Medusa's system provider (development, the e2e) leaves the payment authorized; nothing here captures it.
      const order = await placeMillet()
      const ship = { items: [{ id: millet(order), quantity: 2 }], carrier: "sf", tracking_number: "SF7700445566" }
      expect((await api.post(`/cooperative/orders/${order.id}/fulfillments`, ship, A)).status).toBe(201)
      // As the shopper's route does; Medusa's own return request would cancel the authorized payment instead.
      const { result } = await requestShopperReturnsWorkflow(getContainer()).run({
        input: { order_id: order.id, items: [{ id: millet(order), quantity: 1, reason: "quality" }] },
      })
      returnId = result[0]!
      const received = CooperativeReturnResponseSchema.parse(
        (await api.post(`/cooperative/returns/${returnId}/receive`, {}, A)).data,
      ).return
      // Half the line as sold (2 bags, 1 back), though Medusa's line total is now the kept bag's only.
      const { data: mine } = await api.get(`/cooperative/orders/${order.id}`, A)
      const line = CooperativeOrderWithShipmentsSchema.parse(mine.order).items[0]!
      expect(line.total_fen).toBe(line.unit_price_fen * 2)
      expect(received.refundable_fen).toBe(Math.floor(line.total_fen / 2))

      const amount = received.refundable_fen
      const res = await api.post(`/cooperative/returns/${returnId}/refund`, { amount_fen: amount }, A)
      expect(CooperativeReturnResponseSchema.parse(res.data).return).toMatchObject({
        status: "refunded",
        refunded_fen: amount,
        refundable_fen: 0,
      })
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "payment_collections.payments.amount",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.refunds.amount",
        ],
        filters: { id: order.id },
      })
      type Row = {
        payment_collections: {
          payments: { amount: number; captures: { amount: number }[]; refunds: { amount: number }[] }[]
        }[]
      }
      const payment = (data[0] as Row).payment_collections[0]!.payments[0]!
      const fenOf = (rows: { amount: number }[]) => rows.map((r) => yuanToFen(String(r.amount)))
      expect(fenOf(payment.captures)).toEqual([yuanToFen(String(payment.amount))])
      expect(fenOf(payment.refunds)).toEqual([amount])
    })
  },
})
