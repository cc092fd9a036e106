import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { ShopperOrderResponse } from "@fengshou/store-contract"
import { readShopperOrder } from "../../../../../queries/orders/read-shopper-order"
import { readAuthorizedOrder } from "../../shopper-access"

/** The shopper cancels an order nothing of which has shipped; Medusa refunds what was captured. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { order } = await readAuthorizedOrder(req)
  // Answered here: Medusa's error handler replaces the message of a CONFLICT with its idempotency text.
  if (order.status === "canceled") return conflict(res, "This order is already canceled")
  if (!order.can_cancel) return conflict(res, "This order has already shipped: request a return instead")
  await cancelOrderWorkflow(req.scope).run({
    input: { order_id: order.id, canceled_by: req.auth_context?.actor_id || undefined },
  })
  const updated = await readShopperOrder(req.scope, order.id)
  res.json({ order: updated!.order } satisfies ShopperOrderResponse)
}

function conflict(res: MedusaResponse, message: string) {
  res.status(409).json({ type: "conflict", message })
}
