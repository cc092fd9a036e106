import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { LinkToCartBody, LiveCartResponse } from "@fengshou/live-contract"
import { assertSelling } from "../../../read-offer"
import { orUnavailable } from "../../../send-unavailable"
import { putInCart } from "../../../put-in-cart"
import { linkOffers } from "../link-offers"
import { readLink } from "../read-link"

/**
 * Opens a cart link: its items go into the shopper's cart at the live price, and the cart is stamped with the session.
 * With the hold token of the click that only held, the token's holds go into the cart instead of holding again. A new
 * cart is made in the language asked for and, signed in, as the customer's.
 */
export async function POST(req: MedusaStoreRequest<LinkToCartBody>, res: MedusaResponse) {
  await orUnavailable(res, async () => {
    const { link, items, session } = await readLink(req.scope, req.params.code!)
    assertSelling(session)
    const wanted = linkOffers(session, items)
    const stamp = { live_session_id: session.id, host_id: session.host.id, live_link_id: link.id }
    const { cart_id, hold_token, locale } = req.validatedBody
    const customer_id = req.auth_context?.actor_id || undefined
    const { cart_id: id, holds } = await putInCart(req, cart_id, wanted, stamp, { locale, customer_id }, hold_token)
    res.json({ cart_id: id, session_id: session.id, holds } satisfies LiveCartResponse)
  })
}
