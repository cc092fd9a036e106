import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { LiveCartHolds } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../../../../modules/livestream"
import type LivestreamModuleService from "../../../../../../modules/livestream/service"
import { toLiveHold } from "../../../put-in-cart"

/** The cart's running holds for the shopper's countdown; reading gives back the ones that expired (the lazy release). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const carts = req.scope.resolve<ICartModuleService>(Modules.CART)
  const [cart] = await carts.listCarts({ id: req.params.id! }, { select: ["id"] })
  if (!cart) {
    res.status(404).json({ type: "not_found", message: "There is no cart with this id." })
    return
  }
  const { holds, now } = await req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).cartHolds(cart.id)
  res.json({ holds: holds.map(toLiveHold), now: new Date(now).toISOString() } satisfies LiveCartHolds)
}
