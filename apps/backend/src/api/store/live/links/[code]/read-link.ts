import type { MedusaContainer } from "@medusajs/framework/types"
import { LIVESTREAM_MODULE } from "../../../../../modules/livestream"
import type LivestreamModuleService from "../../../../../modules/livestream/service"
import { LiveUnavailableError, readSession } from "../../read-offer"

export type LinkItem = { session_product_id: string; quantity: number }

/** A cart link and its session; 404 for an unknown code, 410 once it has expired. */
export async function readLink(container: MedusaContainer, code: string) {
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  // The session's id is the link's own column: no join to the session, which readSession reads with what it needs.
  const [link] = await live.listCartLinks(
    { code: code.toUpperCase() },
    { select: ["id", "code", "items", "expires_at", "session_id"] },
  )
  if (!link)
    throw new LiveUnavailableError(
      "link_unknown",
      404,
      "This cart link does not exist. Check the code, or ask the host for a new link.",
    )
  const session = await readSession(container, link.session_id)
  if (!session) throw new LiveUnavailableError("link_unknown", 404, "This cart link's session no longer exists.")
  if (new Date(link.expires_at) <= new Date()) {
    throw new LiveUnavailableError(
      "link_expired",
      410,
      "This cart link has expired. The session's shelf may still be open.",
      session.id,
    )
  }
  return { link, items: link.items as unknown as LinkItem[], session }
}
