import { LiveUnavailableError, withdrawnOffer, type LiveOffer, type ShelfSession } from "../../read-offer"
import type { LinkItem } from "./read-link"

/**
 * The link's offers that still sell, with the quantity the link puts in: withdrawn ones (a suspended cooperative, a
 * shelf price below the floor) stay out, and a link of nothing else is a 410. Shared by the link's cart and express
 * routes.
 */
export function linkOffers(session: ShelfSession, items: LinkItem[]): { offer: LiveOffer; quantity: number }[] {
  const open = items.filter((item) => !session.withdrawn.has(item.session_product_id))
  if (!open.length)
    throw withdrawnOffer(
      session,
      items.map((i) => i.session_product_id),
    )
  return open.map((item) => {
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
}
