import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { createLotWorkflow } from "../../workflows/cooperative/create-lot"
import type { DemoProduct } from "./catalog"
import type { SeededCooperative } from "./cooperatives"
import { DEMO_LOT_DATES, type DemoCooperative } from "./cooperatives-data"

/**
 * One or two lots per demo variant (keyed by variant and harvest date), each supplied by three or four of
 * the cooperative's households. A lot holds exactly what its contributions add up to.
 */
export async function ensureLots(
  container: MedusaContainer,
  products: DemoProduct[],
  demo: DemoCooperative[],
  seeded: Map<string, SeededCooperative>,
) {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: skus },
  })
  let created = 0
  for (const product of products) {
    const coop = demo.find((c) => c.handle === product.cooperative.handle)!
    const cooperativeId = seeded.get(coop.handle)!.id
    const households = await service.listHouseholds(
      { cooperative_id: cooperativeId },
      { select: ["id", "code"], order: { code: "ASC" }, take: null },
    )
    for (const [index, variant] of product.variants.entries()) {
      const variantId = variants.find((v) => v.sku === variant.sku)?.id
      if (!variantId) continue
      const dates = index === 0 ? DEMO_LOT_DATES : DEMO_LOT_DATES.slice(0, 1)
      const existing = await service.listLots({ variant_id: variantId }, { select: ["harvest_date"] })
      for (const [lotIndex, date] of dates.entries()) {
        if (existing.some((l) => l.harvest_date === date)) continue
        // Rotate which households supply each lot, and vary their grams, so the demo splits are uneven.
        const suppliers = Array.from(
          { length: 3 + (lotIndex % 2) },
          (_, i) => households[(index + lotIndex + i) % households.length]!,
        )
        const contributions = suppliers.map((h, i) => ({
          household_id: h.id,
          quantity_g: variant.weight_g * (40 + 15 * i + 10 * lotIndex),
          farmgate_fen_per_kg: coop.farmgate_fen_per_kg,
        }))
        await createLotWorkflow(container).run({
          input: {
            cooperative_id: cooperativeId,
            variant_id: variantId,
            harvest_date: date,
            quantity_g: contributions.reduce((sum, c) => sum + c.quantity_g, 0),
            contributions,
          },
        })
        created += 1
      }
    }
  }
  return { created }
}
