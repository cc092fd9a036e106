import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { LiveCartResponse } from "@fengshou/live-contract"
import { assertSelling, LiveUnavailableError, readSession, withdrawnOffer } from "../../../read-offer"
import { orUnavailable } from "../../../send-unavailable"
import { putInCart } from "../../../put-in-cart"

type Body = { cart_id?: string | null; session_product_id: string; quantity: number; locale?: string }

/**
 * Adds one product from a session's shelf to the cart at its live price; a new cart is made in the language asked for
 * and, signed in, as the customer's.
 */
export async function POST(req: MedusaStoreRequest<Body>, res: MedusaResponse) {
  await orUnavailable(res, async () => {
    const session = await readSession(req.scope, req.params.id!)
    if (!session) throw new LiveUnavailableError("link_unknown", 404, "There is no such live session.")
    assertSelling(session)
    if (session.withdrawn.has(req.validatedBody.session_product_id))
      throw withdrawnOffer(session, [req.validatedBody.session_product_id])
    const offer = session.products.find((p) => p.id === req.validatedBody.session_product_id)
    if (!offer)
      throw new LiveUnavailableError("link_unknown", 404, "This product is not part of the session.", session.id)
    const stamp = { live_session_id: session.id, host_id: session.host.id, live_link_id: null }
    const { cart_id, holds } = await putInCart(
      req,
      req.validatedBody.cart_id,
      [{ offer, quantity: req.validatedBody.quantity }],
      stamp,
      { locale: req.validatedBody.locale, customer_id: req.auth_context?.actor_id || undefined },
    )
    res.json({ cart_id, session_id: session.id, holds } satisfies LiveCartResponse)
  })
}
