import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../../env"
import { chinaToday, shelfLifeFor } from "../../lib/lots/shelf-life"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { createLotWorkflow } from "../../workflows/cooperative/create-lot"
import type { DemoProduct } from "./catalog"
import type { SeededCooperative } from "./cooperatives"
import { DEMO_LOT_DATES, type DemoCooperative } from "./cooperatives-data"

const DAY_MS = 86_400_000
const daysBefore = (day: string, n: number) => new Date(Date.parse(day) - n * DAY_MS).toISOString().slice(0, 10)

/**
 * The demo's harvest dates for a product: the fixed DEMO_LOT_DATES while they are within its category's shelf life,
 * else two dates relative to the seeding day inside it (fresh morels: 20 and 5 days ago), in the same order, so the
 * latest lot is still the one a sale today is credited to.
 */
export function demoLotDates(product: Pick<DemoProduct, "category" | "coldChain">, today = chinaToday()): string[] {
  const { days } = shelfLifeFor(
    [{ handle: product.category, name: product.category }],
    product.coldChain,
    env.LOT_SHELF_LIFE_DAYS,
  )
  if (DEMO_LOT_DATES.every((d) => daysBefore(today, days) <= d && d <= today)) return [...DEMO_LOT_DATES]
  return [daysBefore(today, Math.floor((days * 2) / 3)), daysBefore(today, Math.max(1, Math.floor(days / 6)))]
}

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
      const productDates = demoLotDates(product)
      const relative = productDates[0] !== DEMO_LOT_DATES[0]
      const dates = index === 0 ? productDates : productDates.slice(0, 1)
      const existing = await service.listLots({ variant_id: variantId }, { select: ["harvest_date"] })
      for (const [lotIndex, date] of dates.entries()) {
        // Relative dates move with the day, so a re-seed counts the variant's lots instead of matching dates.
        if (relative ? existing.length > lotIndex : existing.some((l) => l.harvest_date === date)) continue
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
