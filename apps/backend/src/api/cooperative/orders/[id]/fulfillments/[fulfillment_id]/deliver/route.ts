import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { cooperativeProductIds } from "../../../../../../../queries/cooperative/cooperative-products"
import { cooperativeActor } from "../../../../../cooperative-actor"
import { readOwnOrders } from "../../../../../read/read-own-orders"
import { refuse } from "../../../../../read/refuse"

/** Marks one of the cooperative's own parcels of an order as delivered (签收). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const productIds = await cooperativeProductIds(req.scope, cooperativeId)
  const orderId = req.params.id!
  const fulfillmentId = req.params.fulfillment_id!
  const [before] = await readOwnOrders(req.scope, [orderId], productIds)
  const shipment = before?.shipments.find((s) => s.id === fulfillmentId)
  if (!before || !shipment)
    return refuse(res, 404, `Shipment ${fulfillmentId} was not found among your shipments of order ${orderId}`)
  if (before.status === "canceled") return refuse(res, 409, `Order #${before.display_id} is canceled`)
  if (shipment.delivered_at)
    return refuse(res, 409, `Shipment ${fulfillmentId} was already marked delivered on ${shipment.delivered_at}`)
  await markOrderFulfillmentAsDeliveredWorkflow(req.scope).run({ input: { orderId, fulfillmentId } })
  const [order] = await readOwnOrders(req.scope, [orderId], productIds)
  res.json({ order })
}
