import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PublicCartLink } from "@fengshou/live-contract"
import { shelfInLanguage } from "../../../../../queries/livestream/shelf-in-language"
import { toPublicSession } from "../../read-offer"
import { orUnavailable } from "../../send-unavailable"
import { readLink } from "./read-link"

/** What a cart link holds, for the page the QR code opens (titled in the shopper's language); 404 unknown, 410 expired
 * or session ended. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await orUnavailable(res, async () => {
    const { link, items, session } = await readLink(req.scope, req.params.code!)
    const body: PublicCartLink = {
      code: link.code,
      expires_at: new Date(link.expires_at).toISOString(),
      session: await shelfInLanguage(req.scope, toPublicSession(session), req.locale),
      items: items.filter((item) => !session.withdrawn.has(item.session_product_id)),
    }
    if (session.ended_at) {
      res.status(410).json({
        type: "not_allowed",
        code: "session_ended",
        message: `The live session "${session.title}" has ended.`,
        session_id: session.id,
        link: body,
      })
      return
    }
    res.json(body)
  })
}
