import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Ids of the products linked to a cooperative (src/links/product-cooperative.ts). */
export async function cooperativeProductIds(container: MedusaContainer, cooperativeId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cooperative", fields: ["products.id"], filters: { id: cooperativeId } })
  // Link fields are typed only once `medusa develop` generates .medusa/types, so the shape is stated here.
  const products = (data[0] as { products?: ({ id: string } | null)[] } | undefined)?.products ?? []
  return products.flatMap((p) => (p?.id ? [p.id] : []))
}

/** The cooperative a product belongs to, or null. */
export async function productCooperativeId(container: MedusaContainer, productId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "cooperative.id"],
    filters: { id: productId },
  })
  return (data[0] as { cooperative?: { id: string } | null } | undefined)?.cooperative?.id ?? null
}
