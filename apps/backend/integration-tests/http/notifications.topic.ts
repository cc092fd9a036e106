import { topic } from "../runner"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoData } from "../../src/scripts/seed/index"
import { checkoutToPayment, waitFor } from "./checkout-helpers"

export default topic("notifications", ({ api, getContainer }) => {
  it("confirms a placed order once and sends a shipping notice with the tracking number", async () => {
    const container = getContainer()
    const seeded = await seedDemoData(container, { staticDir: "/tmp/fengshou-static-notifications" })
    const headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    const { cartId } = await checkoutToPayment(api, headers, seeded.regionId, "pp_system_default")
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
    expect(data.type).toBe("order")
    const orderId = data.order.id as string

    const notifications = container.resolve(Modules.NOTIFICATION)
    const sent = (template: string) => notifications.listNotifications({ resource_id: orderId, template })
    await waitFor(async () => (await sent("order-confirmation")).length === 1, 20_000)
    const [confirmation] = await sent("order-confirmation")
    expect(confirmation).toMatchObject({ to: "shopper@example.cn", channel: "email" })
    expect(confirmation!.data).toMatchObject({ display_id: data.order.display_id, currency_code: "cny" })

    // A repeated order.placed (event bus retry) sends nothing new.
    await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: orderId } })
    await new Promise((r) => setTimeout(r, 1500))
    expect(await sent("order-confirmation")).toHaveLength(1)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: orderId } })
    const items = (orders[0] as { items: { id: string; quantity: unknown }[] }).items.map((i) => ({
      id: i.id,
      quantity: MathBN.convert(i.quantity as number).toNumber(),
    }))
    const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
      input: { order_id: orderId, items },
    })
    await createOrderShipmentWorkflow(container).run({
      input: {
        order_id: orderId,
        fulfillment_id: fulfillment.id,
        items,
        labels: [
          { tracking_number: "SF1234567890", tracking_url: "https://example.cn/t/SF1234567890", label_url: "#" },
        ],
      },
    })
    await waitFor(async () => (await sent("shipping-notice")).length === 1, 20_000)
    const [notice] = await sent("shipping-notice")
    expect(notice!.data).toMatchObject({ tracking: [{ number: "SF1234567890" }] })
  })
})
