import type { LinkExpressBody, LiveExpressResponse } from "@fengshou/live-contract"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { LIVESTREAM_MODULE } from "../../../../../../modules/livestream"
import type LivestreamModuleService from "../../../../../../modules/livestream/service"
import { putInCart } from "../../../put-in-cart"
import { assertSelling } from "../../../read-offer"
import { orUnavailable } from "../../../send-unavailable"
import { readLink } from "../read-link"
import { linkOffers } from "../link-offers"
import { readyToPay } from "./ready-to-pay"

/**
 * Link to payment in one request: a new cart with the link's items at the live price and their holds, then email,
 * address, shipping and a payment session; the shopper pays and completes with Medusa's own route. Sold out or over
 * the limit answers at once, before any cart; if a later step fails the holds go back and the cart is left as it is.
 */
export async function POST(req: MedusaStoreRequest<LinkExpressBody>, res: MedusaResponse) {
  await orUnavailable(res, async () => {
    const { link, items, session } = await readLink(req.scope, req.params.code!)
    assertSelling(session)
    const stamp = { live_session_id: session.id, host_id: session.host.id, live_link_id: link.id }
    const { email, shipping_address, hold_token, locale } = req.validatedBody
    const offers = linkOffers(session, items)
    // A signed-in shopper's cart is theirs from the start (no transfer after), and the limit counts their account.
    const customer_id = req.auth_context?.actor_id || undefined
    const newCart = { email, shipping_address, locale, customer_id }
    const { cart_id, holds } = await putInCart(req, null, offers, stamp, newCart, hold_token)
    try {
      const payment = await readyToPay(req.scope, cart_id, req.validatedBody)
      res.json({ cart_id, session_id: session.id, holds, ...payment } satisfies LiveExpressResponse)
    } catch (error) {
      await req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).releaseCartClaims(cart_id)
      throw error
    }
  })
}
