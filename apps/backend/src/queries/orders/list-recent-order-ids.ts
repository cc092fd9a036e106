import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type RefundRow = { payment?: { payment_collection?: { order?: { id: string } | null } | null } | null }

/**
 * Ids of the orders placed, changed or refunded since `since`: where the heal jobs look for lost order events.
 * Two id-only queries, so it stays cheap however often it runs.
 */
export async function listRecentOrderIds(container: MedusaContainer, since: Date): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: changed } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { $or: [{ created_at: { $gte: since } }, { updated_at: { $gte: since } }] },
  })
  // A refund need not touch its order's updated_at; its payment leads back to the order.
  const { data: refunds } = await query.graph({
    entity: "refund",
    fields: ["payment.payment_collection.order.id"],
    filters: { created_at: { $gte: since } },
  })
  return [
    ...new Set([
      ...(changed as { id: string }[]).map((o) => o.id),
      ...(refunds as unknown as RefundRow[]).flatMap((r) => r.payment?.payment_collection?.order?.id ?? []),
    ]),
  ]
}
