import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { env } from "../../../env"
import { chinaToday, harvestDateProblem, HARVEST_FLOOR, shelfLifeFor } from "../../../lib/lots/shelf-life"

/**
 * Refuses a harvest date in the future, before 2000, or older than the shelf life of the variant's product category
 * (400 naming the category and its limit). An unknown variant passes here: the workflow answers that one.
 */
export async function checkHarvestDate(scope: MedusaContainer, variantId: string, harvestDate: string) {
  const today = chinaToday()
  if (harvestDate > today || harvestDate < HARVEST_FLOOR) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      harvestDateProblem(harvestDate, shelfLifeFor([], false), today)!,
    )
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.metadata", "product.categories.handle", "product.categories.name"],
    filters: { id: variantId },
  })
  type Row = {
    product?: {
      metadata?: Record<string, unknown> | null
      categories?: ({ handle: string; name: string } | null)[] | null
    } | null
  }
  const product = (data[0] as Row | undefined)?.product
  if (!product) return
  const categories = (product.categories ?? []).filter((c): c is { handle: string; name: string } => Boolean(c))
  const shelfLife = shelfLifeFor(categories, Boolean(product.metadata?.cold_chain), env.LOT_SHELF_LIFE_DAYS)
  const problem = harvestDateProblem(harvestDate, shelfLife, today)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
}
