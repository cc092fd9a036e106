import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateCartLinkBody } from "@fengshou/live-contract"
import { LIVESTREAM_MODULE } from "../../../../../modules/livestream"
import type LivestreamModuleService from "../../../../../modules/livestream/service"
import { createCartLinkWorkflow } from "../../../../../workflows/livestream/create-cart-link"
import { hostActor } from "../../../host-actor"
import { assertOwnSession } from "../../../read/own-session-id"
import { serializeCartLink } from "../../../../../serializers/livestream/serialize-session"

/** The session's cart links, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sessionId = req.params.id!
  await assertOwnSession(req.scope, hostActor(req).id, sessionId)
  const rows = await req.scope
    .resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    .listCartLinks({ session_id: sessionId } as object, { order: { created_at: "DESC" } })
  res.json({ links: rows.map(serializeCartLink) })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateCartLinkBody>, res: MedusaResponse) {
  const { result } = await createCartLinkWorkflow(req.scope).run({
    input: { host_id: hostActor(req).id, session_id: req.params.id!, body: req.validatedBody },
  })
  res.status(201).json({ link: serializeCartLink(result) })
}
