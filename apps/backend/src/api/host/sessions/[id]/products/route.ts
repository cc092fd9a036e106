import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AddSessionProductBody } from "@fengshou/live-contract"
import { addSessionProductWorkflow } from "../../../../../workflows/livestream/add-session-product"
import { hostActor } from "../../../host-actor"
import { readOwnSession } from "../../../read/read-own-sessions"

export async function POST(req: AuthenticatedMedusaRequest<AddSessionProductBody>, res: MedusaResponse) {
  const hostId = hostActor(req).id
  await addSessionProductWorkflow(req.scope).run({
    input: { host_id: hostId, session_id: req.params.id!, body: req.validatedBody },
  })
  res.status(201).json({ session: await readOwnSession(req.scope, hostId, req.params.id!) })
}
