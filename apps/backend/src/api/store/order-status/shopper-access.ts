import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { env } from "../../../env"
import { verifyOrderToken } from "../../../lib/orders/order-token"
import { readShopperOrder, type ShopperOrderRead } from "../../../queries/orders/read-shopper-order"

export const ORDER_TOKEN_HEADER = "x-order-token"

/**
 * The order of the request's :id when the caller may see it: a signed-in customer who placed it, or anyone holding
 * the order token from POST /store/order-lookup. Otherwise 404, the same as for an order that does not exist.
 */
export async function readAuthorizedOrder(req: AuthenticatedMedusaRequest): Promise<ShopperOrderRead> {
  const orderId = req.params.id ?? ""
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  const token = req.headers[ORDER_TOKEN_HEADER]
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (!customerId && typeof token !== "string") throw notFound
  const read = await readShopperOrder(req.scope, orderId)
  if (!read) throw notFound
  const owns = !!customerId && read.row.customer_id === customerId
  if (!owns && !verifyOrderToken(token, orderId, env.JWT_SECRET)) throw notFound
  return read
}
