import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ShopperOrderResponse } from "@fengshou/store-contract"
import { readAuthorizedOrder } from "../shopper-access"

/** An order as its shopper sees it: status, shipments and tracking, returns and refunds. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ShopperOrderResponse>) {
  const { order } = await readAuthorizedOrder(req)
  res.json({ order })
}
