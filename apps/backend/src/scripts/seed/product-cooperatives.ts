import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, deleteInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type { DemoProduct } from "./catalog"
import type { SeededCooperative } from "./cooperatives"

type Level = { id: string; location_id: string; stocked_quantity: number; reserved_quantity: number }
type Row = {
  id: string
  handle: string
  cooperative?: { id: string } | null
  variants: {
    sku: string | null
    inventory_items?: { inventory_item_id: string; inventory?: { location_levels?: Level[] } }[]
  }[]
}

/**
 * Links each demo product to its cooperative and makes sure its stock sits at that cooperative's location.
 * A database seeded before cooperatives existed had all stock at 丰收集配仓: those levels move (same
 * quantity) and the old level goes unless it holds reservations, which must be fulfilled where they are.
 */
export async function ensureProductCooperatives(
  container: MedusaContainer,
  products: DemoProduct[],
  seeded: Map<string, SeededCooperative>,
  centralLocationId: string,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "cooperative.id",
      "variants.sku",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.inventory.location_levels.*",
    ],
    filters: { handle: products.map((p) => p.handle) },
  })
  let linked = 0
  for (const row of data as unknown as Row[]) {
    const demo = products.find((p) => p.handle === row.handle)!
    const coop = seeded.get(demo.cooperative.handle)!
    if (!row.cooperative) {
      await link.create({
        [COOPERATIVE_MODULE]: { cooperative_id: coop.id },
        [Modules.PRODUCT]: { product_id: row.id },
      })
      linked += 1
    }
    for (const variant of row.variants) {
      const item = variant.inventory_items?.[0]
      if (!item) continue
      const levels = item.inventory?.location_levels ?? []
      if (levels.some((l) => l.location_id === coop.locationId)) continue
      const central = levels.find((l) => l.location_id === centralLocationId)
      const stock = central?.stocked_quantity ?? demo.variants.find((v) => v.sku === variant.sku)?.stock ?? 0
      await createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: [
            {
              inventory_item_id: item.inventory_item_id,
              location_id: coop.locationId,
              stocked_quantity: Number(stock),
            },
          ],
        },
      })
      if (central && Number(central.reserved_quantity) === 0) {
        await deleteInventoryLevelsWorkflow(container).run({ input: { id: [central.id], force: true } })
      }
    }
  }
  return { linked }
}
