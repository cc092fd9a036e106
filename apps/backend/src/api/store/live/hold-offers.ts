import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { LiveHoldResponse } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { newHoldToken, toLiveHold } from "./live-hold"
import type { LiveOffer } from "./read-offer"
import { refuseClick } from "./refuse-click"

type Wanted = { offer: LiveOffer; quantity: number }

/**
 * The click that only holds (库存预扣 without a cart): the link's offers are held under the shopper's hold token, a
 * new one when the click brings none. Offers the token still holds are answered as they are (opening the link twice
 * holds once); the others are held now, what is left up to the quantity asked. No cart is read or made, so under a
 * burst a winning click costs one short locking transaction and a losing one, once the cap is reached, one read
 * without the lock (claims.ts refuseSoldOutHold). The limit counts the token and the signed-in customer here; the
 * checkout counts every key of the cart the holds move to. Offers the shopper's cart (`cartId`) still holds are not
 * held again either: a link opened again after going on to the cart must not keep a second unit from other viewers.
 */
export async function holdOffers(
  req: MedusaStoreRequest,
  token: string | undefined,
  cartId: string | null | undefined,
  wanted: Wanted[],
  sessionId: string,
): Promise<Omit<LiveHoldResponse, "session_id">> {
  const live = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const hold_token = token ?? newHoldToken()
  const [before, inCart] = await Promise.all([
    token ? live.runningHolds(token) : null,
    cartId ? live.runningHolds(cartId) : null,
  ])
  const cartHeld = (inCart?.holds ?? []).filter((h) => wanted.some((w) => w.offer.id === h.session_product_id))
  const held = [...(before?.holds ?? []), ...cartHeld]
  const missing = wanted.filter((w) => !held.some((h) => h.session_product_id === w.offer.id))
  if (missing.length) {
    const customer = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
    const request = {
      cartId: hold_token,
      shopperKeys: [`cart:${hold_token}`, ...(customer ? [`customer:${customer}`] : [])],
      items: missing.map((w) => ({
        session_product_id: w.offer.id,
        quantity: Math.min(w.quantity, w.offer.per_customer_limit),
      })),
    }
    // Most clicks of a burst come after the cap is reached: the session's read says so, and one read without the lock
    // answers "sold out" as the claim would, instead of queueing on the offers' row lock.
    const soldOut =
      missing.length === wanted.length && wanted.every((w) => w.offer.sold >= w.offer.stock_cap)
        ? await live.refuseSoldOutHold(request)
        : null
    const claim = soldOut ?? (await live.holdUnits(request))
    if (missing.length === wanted.length && !claim.granted.length) refuseClick(claim, wanted.length, sessionId)
  }
  const offers = new Set(wanted.map((w) => w.offer.id))
  const all = inCart !== null && offers.size > 0 && cartHeld.length === offers.size
  const { holds, now } = all ? inCart! : before && !missing.length ? before : await live.runningHolds(hold_token)
  return {
    hold_token,
    holds: (all ? cartHeld : holds.filter((h) => offers.has(h.session_product_id))).map(toLiveHold),
    now: new Date(now).toISOString(),
    in_cart: all,
  }
}
