import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** What one household supplied, newest harvest first: which lot (by trace code), of which product, how many grams. */
export async function readHouseholdContributions(scope: MedusaContainer, cooperativeId: string, householdId: string) {
  const service = scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const rows = await service.listContributions({ household_id: householdId }, { relations: ["lot"], take: null })
  // The household was already found in this cooperative; the lot filter keeps that true of every row.
  const own = rows.filter((c) => c.lot?.cooperative_id === cooperativeId)
  const productIds = [...new Set(own.map((c) => c.lot.product_id))]
  const titles = new Map<string, string>()
  if (productIds.length) {
    const { data } = await scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })
    for (const p of data as { id: string; title: string }[]) titles.set(p.id, p.title)
  }
  return own
    .map((c) => ({
      id: c.id,
      lot_id: c.lot.id,
      trace_code: c.lot.trace_code,
      product_id: c.lot.product_id,
      product_title: titles.get(c.lot.product_id) ?? null,
      harvest_date: c.lot.harvest_date,
      quantity_g: c.quantity_g,
      farmgate_fen_per_kg: c.farmgate_fen_per_kg,
    }))
    .sort((a, b) => (a.harvest_date === b.harvest_date ? 0 : a.harvest_date < b.harvest_date ? 1 : -1))
}
