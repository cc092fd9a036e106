import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../../../../modules/livestream"
import type LivestreamModuleService from "../../../../../modules/livestream/service"
import { hostActor } from "../../../host-actor"
import { assertOwnSession } from "../../../read/own-session-id"

/** The live panel's figures once; GET …/stream pushes them as they change. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sessionId = req.params.id!
  await assertOwnSession(req.scope, hostActor(req).id, sessionId)
  const stats = await req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).sessionStats(sessionId)
  if (!stats) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Live session ${sessionId} was not found`)
  res.json(stats)
}
