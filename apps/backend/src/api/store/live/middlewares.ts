import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { LinkToCartBodySchema, SessionToCartBodySchema } from "@fengshou/live-contract"
import { checkoutGateRoutes } from "../checkout-gate"

export const storeLiveRoutes: MiddlewareRoute[] = [
  ...checkoutGateRoutes,
  {
    method: ["POST"],
    matcher: "/store/live/links/:code/cart",
    middlewares: [validateAndTransformBody(LinkToCartBodySchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/live/sessions/:id/cart",
    middlewares: [validateAndTransformBody(SessionToCartBodySchema)],
  },
]
