import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeProductIds } from "../../../queries/cooperative/cooperative-products"
import { readCooperativeReturns } from "../../../queries/cooperative/own-returns"
import { cooperativeActor } from "../cooperative-actor"
import { ordersWithProducts } from "../read/own-order-ids"
import type { ListOwnReturnsQuery } from "../validators"

// "received" lists returns with goods in hand and nothing refunded yet, partly received ones included.
const SHOWN: Record<ListOwnReturnsQuery["status"], (status: string) => boolean> = {
  requested: (s) => s === "requested",
  received: (s) => s === "received" || s === "partially_received",
  refunded: (s) => s === "refunded",
  all: () => true,
}

/** The returns inbox: returns of the cooperative's own lines, newest first, with what may still be refunded. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { limit, offset, status, lang } = req.validatedQuery as ListOwnReturnsQuery
  const productIds = await cooperativeProductIds(req.scope, cooperativeId)
  const orderIds = await ordersWithProducts(req.scope, productIds)
  const returns = (await readCooperativeReturns(req.scope, productIds, { order_id: orderIds }, lang)).filter((r) =>
    SHOWN[status](r.status),
  )
  res.json({ returns: returns.slice(offset, offset + limit), count: returns.length, limit, offset })
}
