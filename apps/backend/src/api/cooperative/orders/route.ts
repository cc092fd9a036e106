import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeProductIds } from "../../../queries/cooperative/cooperative-products"
import { cooperativeActor } from "../cooperative-actor"
import { ordersWithProducts } from "../read/own-order-ids"
import { readOwnOrders } from "../read/read-own-orders"

/** Orders holding the cooperative's items, newest first, each with only the cooperative's own lines. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const productIds = await cooperativeProductIds(req.scope, cooperativeId)
  const orders = await readOwnOrders(req.scope, await ordersWithProducts(req.scope, productIds), productIds)
  res.json({ orders: orders.slice(offset, offset + limit), count: orders.length, limit, offset })
}
