import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { UpdateSessionProductBody } from "@fengshou/live-contract"
import { removeSessionProductWorkflow } from "../../../../../../workflows/livestream/remove-session-product"
import { updateSessionProductWorkflow } from "../../../../../../workflows/livestream/update-session-product"
import { hostActor } from "../../../../host-actor"
import { readOwnSession } from "../../../../read/read-own-sessions"

export async function POST(req: AuthenticatedMedusaRequest<UpdateSessionProductBody>, res: MedusaResponse) {
  const hostId = hostActor(req).id
  const { id, product_id } = req.params as { id: string; product_id: string }
  await updateSessionProductWorkflow(req.scope).run({
    input: { host_id: hostId, session_id: id, product_id, body: req.validatedBody },
  })
  res.json({ session: await readOwnSession(req.scope, hostId, id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const hostId = hostActor(req).id
  const { id, product_id } = req.params as { id: string; product_id: string }
  await removeSessionProductWorkflow(req.scope).run({ input: { host_id: hostId, session_id: id, product_id } })
  // Medusa's delete answer, plus the session as it now stands so the console need not read it again.
  res.json({
    id: product_id,
    object: "live_session_product",
    deleted: true,
    session: await readOwnSession(req.scope, hostId, id),
  })
}
