import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateSessionBody } from "@fengshou/live-contract"
import { createLiveSessionWorkflow } from "../../../workflows/livestream/create-live-session"
import { hostActor } from "../host-actor"
import { readOwnSession, readOwnSessions } from "../read/read-own-sessions"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ sessions: await readOwnSessions(req.scope, hostActor(req).id) })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateSessionBody>, res: MedusaResponse) {
  const hostId = hostActor(req).id
  const { result } = await createLiveSessionWorkflow(req.scope).run({
    input: { ...req.validatedBody, host_id: hostId },
  })
  res.status(201).json({ session: await readOwnSession(req.scope, hostId, result.id) })
}
