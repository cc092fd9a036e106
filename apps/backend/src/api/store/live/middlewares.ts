import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { LinkExpressBodySchema, LinkToCartBodySchema, SessionToCartBodySchema } from "@fengshou/live-contract"
import { checkoutGateRoutes } from "../checkout-gate"
import { hideLiveCodes, refuseLiveCodesByHand } from "./live-codes"

export const storeLiveRoutes: MiddlewareRoute[] = [
  ...checkoutGateRoutes,
  { method: ["POST"], matcher: "/store/carts", middlewares: [refuseLiveCodesByHand] },
  { method: ["POST"], matcher: "/store/carts/:id/promotions", middlewares: [refuseLiveCodesByHand] },
  { matcher: "/store/carts*", middlewares: [hideLiveCodes] },
  { matcher: "/store/orders*", middlewares: [hideLiveCodes] },
  {
    method: ["POST"],
    matcher: "/store/live/links/:code/cart",
    middlewares: [validateAndTransformBody(LinkToCartBodySchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/live/links/:code/express",
    middlewares: [validateAndTransformBody(LinkExpressBodySchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/live/sessions/:id/cart",
    middlewares: [validateAndTransformBody(SessionToCartBodySchema)],
  },
]
