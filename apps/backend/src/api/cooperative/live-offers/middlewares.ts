import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireApprovedCooperative } from "../cooperative-actor"
import { DeclineLiveOffer, ListLiveOffers } from "./validators"

/** Hosts' live offers of the cooperative's products that are outside its floor or cap wait here for its decision. */
export const cooperativeLiveOfferRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/cooperative/live-offers",
    middlewares: [validateAndTransformQuery(ListLiveOffers, {})],
  },
  { method: ["POST"], matcher: "/cooperative/live-offers/:id/approve", middlewares: [requireApprovedCooperative] },
  {
    method: ["POST"],
    matcher: "/cooperative/live-offers/:id/decline",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(DeclineLiveOffer)],
  },
]
