import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { LiveCartResponse } from "@fengshou/live-contract"
import { assertSelling, LiveUnavailableError, withdrawnOffer } from "../../../read-offer"
import { orUnavailable } from "../../../send-unavailable"
import { putInCart } from "../../../put-in-cart"
import { readLink } from "../read-link"

/** Opens a cart link: its items go into the shopper's cart at the live price, and the cart is stamped with the session. */
export async function POST(req: MedusaStoreRequest<{ cart_id?: string | null }>, res: MedusaResponse) {
  await orUnavailable(res, async () => {
    const { link, items, session } = await readLink(req.scope, req.params.code!)
    assertSelling(session)
    // Withdrawn offers (a suspended cooperative, a price below the floor) stay out; a link of nothing else is a 410.
    const open = items.filter((item) => !session.withdrawn.has(item.session_product_id))
    if (!open.length)
      throw withdrawnOffer(
        session,
        items.map((i) => i.session_product_id),
      )
    const wanted = open.map((item) => {
      const offer = session.products.find((p) => p.id === item.session_product_id)
      if (!offer)
        throw new LiveUnavailableError(
          "link_unknown",
          404,
          "A product of this link was removed from the session.",
          session.id,
        )
      return { offer, quantity: item.quantity }
    })
    const stamp = { live_session_id: session.id, host_id: session.host.id, live_link_id: link.id }
    const { cart_id, holds } = await putInCart(req, req.validatedBody.cart_id, wanted, stamp)
    res.json({ cart_id, session_id: session.id, holds } satisfies LiveCartResponse)
  })
}
