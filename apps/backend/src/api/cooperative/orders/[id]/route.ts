import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cooperativeProductIds } from "../../../../queries/cooperative/cooperative-products"
import { portalLang } from "../../../../queries/cooperative/line-titles"
import { cooperativeActor } from "../../cooperative-actor"
import { readOwnOrders } from "../../read/read-own-orders"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const lang = portalLang(req.query)
  const productIds = await cooperativeProductIds(req.scope, cooperativeId)
  // An order without any of the cooperative's items is "not found", like one that does not exist.
  const [order] = await readOwnOrders(req.scope, [req.params.id!], productIds, lang)
  if (!order)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found among your orders`)
  res.json({ order })
}
