import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeProductIds } from "../../../queries/cooperative/cooperative-products"
import { cooperativeActor } from "../cooperative-actor"
import { filterOwnOrders } from "../read/filter-own-orders"
import { ordersWithProducts } from "../read/own-order-ids"
import { readOwnOrders } from "../read/read-own-orders"
import type { ListOwnOrdersQuery } from "../validators"

/**
 * Orders holding the cooperative's items, newest first, each with only its own lines and parcels (?status=, ?q=),
 * line titles in the portal's ?lang=zh|en.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { limit, offset, status, q, lang } = req.validatedQuery as ListOwnOrdersQuery
  const productIds = await cooperativeProductIds(req.scope, cooperativeId)
  const all = await readOwnOrders(req.scope, await ordersWithProducts(req.scope, productIds), productIds, lang)
  const orders = filterOwnOrders(all, status, q)
  res.json({ orders: orders.slice(offset, offset + limit), count: orders.length, limit, offset })
}
