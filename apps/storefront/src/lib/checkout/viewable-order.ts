// The store API shows any order to whoever knows its id, and an order holds a name, a phone number and an
// address. So the storefront shows an order only to the browser that just placed it (last-order cookie) or to
// the signed-in customer who owns it.
import "server-only"
import { getCurrentCustomer } from "@/lib/data/current-customer"
import { retrieveOrder } from "@/lib/data/orders"
import { getLastOrderId } from "@/lib/session"
import { toOrderView, type OrderView } from "@/lib/view/order"

export async function getViewableOrder(orderId: string): Promise<OrderView | null> {
  const [lastOrderId, current] = await Promise.all([getLastOrderId(), getCurrentCustomer()])
  if (lastOrderId !== orderId && !current) return null
  const order = await retrieveOrder(orderId, current?.token)
  if (!order) return null
  const owned = current !== null && order.customer_id === current.customer.id
  return lastOrderId === orderId || owned ? toOrderView(order) : null
}
