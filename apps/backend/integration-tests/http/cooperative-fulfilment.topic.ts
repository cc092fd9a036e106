import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import { adminLogin, attempt, type Auth, loginCooperative, placeOrder } from "./cooperative-helpers"

// A mixed cart (millet from 远达, fresh morels from 北马) through the standard store checkout: each line's
// stock is reserved at its own cooperative's location, and each cooperative ships only its own line.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
type Order = { id: string; items: { id: string; product_handle: string }[] }

export default topic("cooperative-fulfilment", ({ api, getContainer }) => {
  let A: Auth
  let B: Auth
  let order: Order
  const locations = new Map<string, string>()
  const line = (handle: string) => order.items.find((i) => i.product_handle === handle)!.id

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    A = await loginCooperative(api, "yuanda@demo.fengshou.local")
    B = await loginCooperative(api, "beima@demo.fengshou.local")
    order = await placeOrder(api, store, seeded.regionId, ["changsheng-millet", "fresh-morels"])
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cooperative", fields: ["handle", "stock_location.id"] })
    for (const c of data as { handle: string; stock_location: { id: string } }[])
      locations.set(c.handle, c.stock_location.id)
  })

  it("reserves each line at its own cooperative's location", async () => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "reservation",
      fields: ["line_item_id", "location_id", "quantity"],
      filters: { line_item_id: order.items.map((i) => i.id) },
    })
    const at = Object.fromEntries(
      (data as { line_item_id: string; location_id: string }[]).map((r) => [r.line_item_id, r.location_id]),
    )
    expect(at).toEqual({
      [line("changsheng-millet")]: locations.get("yuanda"),
      [line("fresh-morels")]: locations.get("beima"),
    })
  })

  it("lets each cooperative ship only its own items, from its own location, with a tracking number", async () => {
    const ship = (id: string, quantity = 2) => ({
      items: [{ id, quantity }],
      carrier: "sf",
      tracking_number: "SF1234567890",
    })
    const refused = await attempt(
      api.post(`/cooperative/orders/${order.id}/fulfillments`, ship(line("changsheng-millet")), B),
    )
    expect(refused.status).toBe(400)
    expect((refused.data as { message: string }).message).toMatch(/not one of your items/)
    const tooMany = await attempt(
      api.post(`/cooperative/orders/${order.id}/fulfillments`, ship(line("fresh-morels"), 3), B),
    )
    expect((tooMany.data as { message: string }).message).toMatch(/has 2 left to fulfil, not 3/)

    // The carrier is one of the fixed list (CARRIERS), by its code.
    const freeText = await attempt(
      api.post(
        `/cooperative/orders/${order.id}/fulfillments`,
        { ...ship(line("fresh-morels")), carrier: "顺丰冷链" },
        B,
      ),
    )
    expect(freeText.status).toBe(400)
    expect((freeText.data as { message: string }).message).toMatch(/for field 'carrier'/)

    const { data } = await api.post(`/cooperative/orders/${order.id}/fulfillments`, ship(line("fresh-morels")), B)
    expect(data.fulfillment).toMatchObject({
      location_id: locations.get("beima"),
      carrier: "sf",
      tracking_number: "SF1234567890",
    })
    expect(data.order.shipments).toEqual([
      expect.objectContaining({ id: data.fulfillment.id, carrier: "sf", tracking_number: "SF1234567890" }),
    ])
    expect(data.order.items).toEqual([
      expect.objectContaining({ id: line("fresh-morels"), fulfilled_quantity: 2, shipped_quantity: 2 }),
    ])
    const ofA = (await api.get(`/cooperative/orders/${order.id}`, A)).data.order
    expect(ofA.items).toEqual([expect.objectContaining({ id: line("changsheng-millet"), fulfilled_quantity: 0 })])
    // The operator (and the shopper) see the order as partly shipped while A's millet waits.
    const admin = await adminLogin(api, getContainer())
    const status = async () => (await api.get(`/admin/orders/${order.id}`, admin)).data.order.fulfillment_status
    expect(await status()).toBe("partially_shipped")

    const millet = await api.post(
      `/cooperative/orders/${order.id}/fulfillments`,
      { ...ship(line("changsheng-millet")), carrier: "zto" },
      A,
    )
    expect(millet.data.fulfillment.location_id).toBe(locations.get("yuanda"))
    expect(await status()).toBe("shipped")
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: fulfilled } = await query.graph({
      entity: "order",
      fields: ["fulfillments.location_id", "fulfillments.metadata", "fulfillments.labels.tracking_number"],
      filters: { id: order.id },
    })
    const rows = (fulfilled[0] as unknown as { fulfillments: { location_id: string; metadata: { carrier: string } }[] })
      .fulfillments
    expect(rows.map((f) => f.location_id).sort()).toEqual([locations.get("beima"), locations.get("yuanda")].sort())
    // Stored as the code; each reader prints the name in its own language.
    expect(rows.map((f) => f.metadata.carrier).sort()).toEqual(["sf", "zto"])
  })
})
