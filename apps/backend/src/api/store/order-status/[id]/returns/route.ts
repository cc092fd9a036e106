import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReturnRequestBody, ShopperOrderResponse } from "@fengshou/store-contract"
import { readShopperOrder } from "../../../../../queries/orders/read-shopper-order"
import { requestShopperReturnsWorkflow } from "../../../../../workflows/orders/request-shopper-returns"
import { readAuthorizedOrder } from "../../shopper-access"

/** The shopper asks to return shipped units, each with a reason; the cooperatives receive and refund them. */
export async function POST(
  req: AuthenticatedMedusaRequest<ReturnRequestBody>,
  res: MedusaResponse<ShopperOrderResponse>,
) {
  const { order } = await readAuthorizedOrder(req)
  await requestShopperReturnsWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: order.id, created_by: req.auth_context?.actor_id || undefined },
  })
  const updated = await readShopperOrder(req.scope, order.id)
  res.status(201).json({ order: updated!.order })
}
