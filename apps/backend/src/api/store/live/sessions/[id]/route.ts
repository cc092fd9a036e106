import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSession, toPublicSession } from "../../read-offer"

/** A session's shelf: its products at live prices with what remains (also after it ended, for a friendly page). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const session = await readSession(req.scope, req.params.id!)
  if (!session) {
    res.status(404).json({ type: "not_found", code: "session_unknown", message: "There is no such live session." })
    return
  }
  res.json({ session: toPublicSession(session) })
}
