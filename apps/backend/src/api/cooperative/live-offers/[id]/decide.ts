import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { LIVESTREAM_MODULE } from "../../../../modules/livestream"
import type LivestreamModuleService from "../../../../modules/livestream/service"
import { serializeLiveOffer } from "../../../../serializers/livestream/serialize-live-offer"
import { decideLiveOfferWorkflow } from "../../../../workflows/livestream/decide-live-offer"
import { cooperativeActor } from "../../cooperative-actor"

/** Runs the decision and answers the offer as the cooperative's list shows it. */
export async function decideLiveOffer(
  req: AuthenticatedMedusaRequest,
  decision: "approve" | "decline",
  reason?: string,
) {
  const { cooperativeId } = cooperativeActor(req)
  await decideLiveOfferWorkflow(req.scope).run({
    input: { cooperative_id: cooperativeId, offer_id: req.params.id!, decision, reason: reason ?? null },
  })
  const live = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [offer] = await live.listSessionProducts({ id: req.params.id! }, { relations: ["session", "session.host"] })
  return serializeLiveOffer(offer!)
}
