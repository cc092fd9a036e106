import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { lineCodes } from "../../../../../../lib/livestream/live-lines"
import { LIVESTREAM_MODULE } from "../../../../../../modules/livestream"
import type LivestreamModuleService from "../../../../../../modules/livestream/service"
import { detachLiveCartWorkflow } from "../../../../../../workflows/livestream/shopper/detach-live-cart"

/**
 * Lets a shopper whose session ended check out at the shelf price: live codes and the session stamp come off, and
 * the cart's holds go back.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const carts = req.scope.resolve<ICartModuleService>(Modules.CART)
  const [cart] = await carts.listCarts({ id: req.params.id! }, { relations: ["items", "items.adjustments"] })
  if (!cart || cart.completed_at) {
    res.status(404).json({ type: "not_found", message: "There is no open cart with this id." })
    return
  }
  const codes = lineCodes(cart.items ?? [])
  const live = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const liveCodes = codes.length ? (await live.listSessionProducts({ promo_code: codes })).map((p) => p.promo_code) : []
  await detachLiveCartWorkflow(req.scope).run({ input: { cart_id: cart.id, promo_codes: liveCodes } })
  // At the shelf price the cart no longer needs the offers' units: its holds go back to the caps now.
  await live.releaseCartClaims(cart.id)
  res.json({ cart_id: cart.id })
}
