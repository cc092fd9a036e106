import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { cooperativeProductIds } from "../../../queries/cooperative/cooperative-products"
import { serializeLiveOffer } from "../../../serializers/livestream/serialize-live-offer"
import { cooperativeActor } from "../cooperative-actor"
import type { ListLiveOffersQuery } from "./validators"

/** Live offers of the cooperative's products in sessions that have not ended: waiting ones first, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { status } = req.validatedQuery as ListLiveOffersQuery
  const productIds = await cooperativeProductIds(req.scope, cooperativeId)
  const live = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const offers = productIds.length
    ? await live.listSessionProducts(
        { product_id: productIds, ...(status === "pending" ? { consent_status: "pending" } : {}) },
        { relations: ["session", "session.host"], order: { created_at: "DESC" } },
      )
    : []
  res.json({ offers: offers.filter((o) => !o.session.ended_at).map(serializeLiveOffer) })
}
