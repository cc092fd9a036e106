import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startLiveSessionWorkflow } from "../../../../../workflows/livestream/start-live-session"
import { hostActor } from "../../../host-actor"
import { readOwnSession } from "../../../read/read-own-sessions"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const hostId = hostActor(req).id
  await startLiveSessionWorkflow(req.scope).run({ input: { host_id: hostId, session_id: req.params.id! } })
  res.json({ session: await readOwnSession(req.scope, hostId, req.params.id!) })
}
