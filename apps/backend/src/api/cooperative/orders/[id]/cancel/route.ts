import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeCancelBlocker } from "../../../../../queries/cooperative/cancel-blocker"
import { cooperativeProductIds } from "../../../../../queries/cooperative/cooperative-products"
import { cancelCooperativeOrderWorkflow } from "../../../../../workflows/cooperative/cancel-cooperative-order"
import { cooperativeActor } from "../../../cooperative-actor"
import { readOwnOrders } from "../../../read/read-own-orders"
import { refuse } from "../../../read/refuse"
import type { CancelOrderBody } from "../../../validators"

/** Cancels an order the cooperative cannot ship (only its own goods, nothing shipped); the shopper is refunded. */
export async function POST(req: AuthenticatedMedusaRequest<CancelOrderBody>, res: MedusaResponse) {
  const { cooperativeId, staffId } = cooperativeActor(req)
  const orderId = req.params.id!
  const blocker = await cooperativeCancelBlocker(req.scope, cooperativeId, orderId)
  if (blocker) return refuse(res, blocker.status, blocker.message)
  await cancelCooperativeOrderWorkflow(req.scope).run({
    input: { order_id: orderId, reason: req.validatedBody.reason, staff_id: staffId },
  })
  const [order] = await readOwnOrders(req.scope, [orderId], await cooperativeProductIds(req.scope, cooperativeId))
  res.json({ order })
}
