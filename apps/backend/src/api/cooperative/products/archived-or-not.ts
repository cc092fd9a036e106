import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The archived products among ids (metadata archived_at set) when archived, else the others. */
export async function archivedOrNot(container: MedusaContainer, ids: string[], archived: boolean): Promise<string[]> {
  if (!ids.length) return []
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id", "metadata"], filters: { id: ids } })
  const rows = data as { id: string; metadata?: Record<string, unknown> | null }[]
  return rows.filter((p) => Boolean(p.metadata?.archived_at) === archived).map((p) => p.id)
}
