import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeProductIds } from "../../../../../queries/cooperative/cooperative-products"
import { fulfillCooperativeItemsWorkflow } from "../../../../../workflows/cooperative/fulfill-cooperative-items"
import { cooperativeActor } from "../../../cooperative-actor"
import { readOwnOrders } from "../../../read/read-own-orders"
import type { FulfillItemsBody } from "../../../validators"

/** Ships the cooperative's own items of a (possibly mixed) order with a carrier and tracking number. */
export async function POST(req: AuthenticatedMedusaRequest<FulfillItemsBody>, res: MedusaResponse) {
  const { cooperativeId, staffId } = cooperativeActor(req)
  const { result } = await fulfillCooperativeItemsWorkflow(req.scope).run({
    input: { ...req.validatedBody, cooperative_id: cooperativeId, order_id: req.params.id!, staff_id: staffId },
  })
  const [order] = await readOwnOrders(
    req.scope,
    [req.params.id!],
    await cooperativeProductIds(req.scope, cooperativeId),
  )
  res.status(201).json({
    fulfillment: {
      id: result.id,
      location_id: result.location_id,
      carrier: req.validatedBody.carrier,
      tracking_number: req.validatedBody.tracking_number,
    },
    order,
  })
}
