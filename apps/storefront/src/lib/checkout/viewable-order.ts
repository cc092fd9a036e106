// The store API shows any order to whoever knows its id, and an order holds a name, a phone number and an
// address. So the storefront shows an order only to the browser that just placed it (last-order cookie) or to
// the signed-in customer who owns it. The after-sale page reads our own route instead, which checks a guest's
// order token or the owner.
import "server-only"
import { getCurrentCustomer } from "@/lib/data/current-customer"
import type { OrderAccess } from "@/lib/data/order-status"
import { retrieveOrder } from "@/lib/data/orders"
import { getCustomerToken, getLastOrderId, getOrderToken } from "@/lib/session"
import { toOrderView, type OrderView } from "@/lib/view/order"

export async function getViewableOrder(orderId: string): Promise<OrderView | null> {
  const [lastOrderId, current] = await Promise.all([getLastOrderId(), getCurrentCustomer()])
  if (lastOrderId !== orderId && !current) return null
  const order = await retrieveOrder(orderId, current?.token)
  if (!order) return null
  const owned = current !== null && order.customer_id === current.customer.id
  return lastOrderId === orderId || owned ? toOrderView(order) : null
}

/**
 * How this browser may open an order's after-sale page: the guest's order token for it (from the lookup), else the
 * signed-in customer's token (the backend checks ownership); null when it holds neither.
 */
export async function shopperOrderAccess(orderId: string): Promise<OrderAccess | null> {
  const [orderToken, token] = await Promise.all([getOrderToken(orderId), getCustomerToken()])
  if (orderToken) return { orderToken }
  return token ? { token } : null
}
