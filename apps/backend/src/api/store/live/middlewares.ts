import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  LinkExpressBodySchema,
  LinkHoldBodySchema,
  LinkToCartBodySchema,
  SessionToCartBodySchema,
} from "@fengshou/live-contract"
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
    matcher: "/store/live/links/:code/hold",
    // A signed-in customer's key joins the token's at the click, so the limit counts their other holds too.
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(LinkHoldBodySchema),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/live/links/:code/cart",
    middlewares: [validateAndTransformBody(LinkToCartBodySchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/live/links/:code/express",
    // A signed-in customer's cart is made theirs, and their account counts toward the per-shopper limit.
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(LinkExpressBodySchema),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/live/sessions/:id/cart",
    middlewares: [validateAndTransformBody(SessionToCartBodySchema)],
  },
]
