import type { MedusaContainer } from "@medusajs/framework/types"
import { LIVESTREAM_MODULE } from "../../../../../modules/livestream"
import type LivestreamModuleService from "../../../../../modules/livestream/service"
import { shelves } from "../../../../../lib/livestream/shelf-cache"
import { suspendedProductIds } from "../../../../../queries/cooperative/suspended-products"
import { LiveUnavailableError, onShelf } from "../../read-offer"

export type LinkItem = { session_product_id: string; quantity: number }

/** A cart link and its session; 404 for an unknown code, 410 once it has expired. */
export async function readLink(container: MedusaContainer, code: string) {
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  // The link, its session, host and offers in one statement; the cooperatives that may not sell beside it. Kept for a
  // moment in this process (lib/livestream/shelf-cache.ts): nothing that sells trusts it.
  const key = code.toUpperCase()
  const [found, hidden] = await shelves.read(`link:${key}`, () =>
    Promise.all([live.readLinkShelf(key), suspendedProductIds(container)]),
  )
  if (!found)
    throw new LiveUnavailableError(
      "link_unknown",
      404,
      "This cart link does not exist. Check the code, or ask the host for a new link.",
    )
  const { link, session: row } = found
  if (!row) throw new LiveUnavailableError("link_unknown", 404, "This cart link's session no longer exists.")
  const session = onShelf(row, hidden)
  if (new Date(link.expires_at) <= new Date()) {
    throw new LiveUnavailableError(
      "link_expired",
      410,
      "This cart link has expired. The session's shelf may still be open.",
      session.id,
    )
  }
  return { link, items: link.items as LinkItem[], session }
}
