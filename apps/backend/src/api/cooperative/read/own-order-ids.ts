import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type OrderItemRow = { order_id: string }
type OrderServiceWithItems = { listOrderItems(filters: object, config: object): Promise<OrderItemRow[]> }

/**
 * Ids of the orders holding at least one line of these products. Line items know their product; the
 * versioned order_item rows (generated `listOrderItems`, not in Medusa's public types) know the order.
 */
export async function ordersWithProducts(container: MedusaContainer, productIds: string[]): Promise<string[]> {
  if (!productIds.length) return []
  const orders = container.resolve(Modules.ORDER)
  const lines = await orders.listOrderLineItems({ product_id: productIds }, { select: ["id"], take: null })
  if (!lines.length) return []
  const items = await (orders as unknown as OrderServiceWithItems).listOrderItems(
    { item_id: lines.map((l) => l.id) },
    { select: ["order_id"], take: null },
  )
  return [...new Set(items.map((i) => i.order_id))]
}
