import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { LinkHoldBody, LiveHoldResponse } from "@fengshou/live-contract"
import { holdOffers } from "../../../hold-offers"
import { assertSelling } from "../../../read-offer"
import { orUnavailable } from "../../../send-unavailable"
import { linkOffers } from "../link-offers"
import { readLink } from "../read-link"

/**
 * The click on a live link that only holds its units under the shopper's hold token; the cart is made when the
 * shopper goes on (the cart or express route with the token). Same 404/410 answers as the cart route.
 */
export async function POST(req: MedusaStoreRequest<LinkHoldBody>, res: MedusaResponse) {
  await orUnavailable(res, async () => {
    const { items, session } = await readLink(req.scope, req.params.code!)
    assertSelling(session)
    const { hold_token, cart_id } = req.validatedBody
    const held = await holdOffers(req, hold_token, cart_id, linkOffers(session, items), session.id)
    res.json({ ...held, session_id: session.id } satisfies LiveHoldResponse)
  })
}
