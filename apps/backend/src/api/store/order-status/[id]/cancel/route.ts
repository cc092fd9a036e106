import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { ShopperOrderResponse } from "@fengshou/store-contract"
import { readShopperOrder } from "../../../../../queries/orders/read-shopper-order"
import { readAuthorizedOrder } from "../../shopper-access"

/** The shopper cancels an order nothing of which has shipped; Medusa refunds what was captured. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<ShopperOrderResponse>) {
  const { order } = await readAuthorizedOrder(req)
  if (order.status === "canceled") throw new MedusaError(MedusaError.Types.CONFLICT, "This order is already canceled")
  if (!order.can_cancel)
    throw new MedusaError(MedusaError.Types.CONFLICT, "This order has already shipped: request a return instead")
  await cancelOrderWorkflow(req.scope).run({
    input: { order_id: order.id, canceled_by: req.auth_context?.actor_id || undefined },
  })
  const updated = await readShopperOrder(req.scope, order.id)
  res.json({ order: updated!.order })
}
