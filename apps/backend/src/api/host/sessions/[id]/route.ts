import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { UpdateSessionBody } from "@fengshou/live-contract"
import { updateLiveSessionWorkflow } from "../../../../workflows/livestream/update-live-session"
import { hostActor } from "../../host-actor"
import { readOwnSession } from "../../read/read-own-sessions"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ session: await readOwnSession(req.scope, hostActor(req).id, req.params.id!) })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateSessionBody>, res: MedusaResponse) {
  const hostId = hostActor(req).id
  await updateLiveSessionWorkflow(req.scope).run({
    input: { host_id: hostId, session_id: req.params.id!, update: req.validatedBody },
  })
  res.json({ session: await readOwnSession(req.scope, hostId, req.params.id!) })
}
