import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { HOLD_TOKEN, type LiveCartHolds } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../../../../modules/livestream"
import type LivestreamModuleService from "../../../../../../modules/livestream/service"
import { toLiveHold } from "../../../live-hold"

/** The running holds of a cart or of a hold token, for the shopper's countdown; reading gives back the ones that expired (the lazy release). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  // A hold token (the click that only holds) has no cart yet: its holds are read under it.
  const [cart] = HOLD_TOKEN.test(req.params.id!)
    ? [{ id: req.params.id! }]
    : await req.scope.resolve<ICartModuleService>(Modules.CART).listCarts({ id: req.params.id! }, { select: ["id"] })
  if (!cart) {
    res.status(404).json({ type: "not_found", message: "There is no cart with this id." })
    return
  }
  const { holds, now } = await req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).cartHolds(cart.id)
  res.json({ holds: holds.map(toLiveHold), now: new Date(now).toISOString() } satisfies LiveCartHolds)
}
