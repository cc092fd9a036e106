import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Only an approved cooperative sells: a suspended one, one back in review after a rename (pending), or a rejected one
// (which could only hold products from before a rename) is off the store.
const NOT_SELLING = ["pending", "rejected", "suspended"]

/**
 * Ids of the products of cooperatives that may not sell now (suspended, or waiting for review). The store hides them
 * while that lasts and shows them again on (re)approval: nothing about the products themselves is changed, so nothing
 * has to be restored.
 */
export async function suspendedProductIds(container: MedusaContainer): Promise<Set<string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["products.id"],
    filters: { status: NOT_SELLING },
  })
  // Link fields are typed only once `medusa develop` generates .medusa/types, so the shape is stated here.
  const rows = data as { products?: ({ id: string } | null)[] | null }[]
  return new Set(rows.flatMap((c) => (c.products ?? []).flatMap((p) => (p?.id ? [p.id] : []))))
}

/** The product of each variant, for the variants given. */
export async function variantProductIds(
  container: MedusaContainer,
  variantIds: string[],
): Promise<Map<string, string>> {
  if (!variantIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
  })
  return new Map(
    (data as { id: string; product_id: string | null }[]).flatMap((v) => (v.product_id ? [[v.id, v.product_id]] : [])),
  )
}
