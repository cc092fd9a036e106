import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Row = {
  id: string
  display_id: number
  status: string
  items: { id: string; variant?: { product?: { cooperative?: { id: string } | null } | null } | null }[]
  fulfillments?: { id: string; canceled_at: string | Date | null }[] | null
}

export type CancelBlocker = { status: 404 | 409; message: string } | null

/**
 * Why a cooperative may not cancel an order, or null when it may: only its own order (404 otherwise), not canceled,
 * nothing of it fulfilled, and no other cooperative's lines in it (a mixed order is canceled by the shopper or the
 * platform, since one cooperative cannot call off another's goods).
 */
export async function cooperativeCancelBlocker(
  container: MedusaContainer,
  cooperativeId: string,
  orderId: string,
): Promise<CancelBlocker> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "items.id",
      "items.variant.product.cooperative.id",
      "fulfillments.id",
      "fulfillments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as Row | undefined
  const owners = (order?.items ?? []).map((i) => i.variant?.product?.cooperative?.id ?? null)
  if (!order || !owners.includes(cooperativeId))
    return { status: 404, message: `Order ${orderId} was not found among your orders` }
  if (order.status === "canceled") return { status: 409, message: `Order #${order.display_id} is already canceled` }
  if (owners.some((owner) => owner !== cooperativeId))
    return {
      status: 409,
      message:
        `Order #${order.display_id} also holds another cooperative's goods: a mixed order can only be canceled by ` +
        "the shopper or the platform. Ship your items, or ask the platform operator to cancel it.",
    }
  if ((order.fulfillments ?? []).some((f) => !f.canceled_at))
    return {
      status: 409,
      message: `Order #${order.display_id} has already been shipped in part or in full, so it cannot be canceled; the shopper can ask for a return instead.`,
    }
  return null
}
