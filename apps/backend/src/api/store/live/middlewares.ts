import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { LinkToCartBodySchema, SessionToCartBodySchema } from "@fengshou/live-contract"

export const storeLiveRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/live/links/:code/cart", middlewares: [validateAndTransformBody(LinkToCartBodySchema)] },
  { method: ["POST"], matcher: "/store/live/sessions/:id/cart", middlewares: [validateAndTransformBody(SessionToCartBodySchema)] },
]
