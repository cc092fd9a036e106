import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The id of the cooperative's own stock location (src/links/cooperative-stock-location.ts). */
export async function cooperativeLocationId(container: MedusaContainer, cooperativeId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["stock_location.id"],
    filters: { id: cooperativeId },
  })
  return (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id ?? null
}
