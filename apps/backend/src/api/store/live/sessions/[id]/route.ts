import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shelfInLanguage } from "../../../../../queries/livestream/shelf-in-language"
import { readSession, toPublicSession } from "../../read-offer"

/** A session's shelf: its products at live prices with what remains (also after it ended, for a friendly page), titled
 * in the shopper's language (Medusa's store locale). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const session = await readSession(req.scope, req.params.id!)
  if (!session) {
    res.status(404).json({ type: "not_found", code: "session_unknown", message: "There is no such live session." })
    return
  }
  res.json({ session: await shelfInLanguage(req.scope, toPublicSession(session), req.locale) })
}
