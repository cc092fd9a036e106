import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { LiveCartResponse } from "@fengshou/live-contract"
import { assertSelling } from "../../../read-offer"
import { orUnavailable } from "../../../send-unavailable"
import { putInCart } from "../../../put-in-cart"
import { linkOffers } from "../link-offers"
import { readLink } from "../read-link"

/** Opens a cart link: its items go into the shopper's cart at the live price, and the cart is stamped with the session. */
export async function POST(req: MedusaStoreRequest<{ cart_id?: string | null }>, res: MedusaResponse) {
  await orUnavailable(res, async () => {
    const { link, items, session } = await readLink(req.scope, req.params.code!)
    assertSelling(session)
    const wanted = linkOffers(session, items)
    const stamp = { live_session_id: session.id, host_id: session.host.id, live_link_id: link.id }
    const { cart_id, holds } = await putInCart(req, req.validatedBody.cart_id, wanted, stamp)
    res.json({ cart_id, session_id: session.id, holds } satisfies LiveCartResponse)
  })
}
