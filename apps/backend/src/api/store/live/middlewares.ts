import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  LinkExpressBodySchema,
  LinkHoldBodySchema,
  LinkToCartBodySchema,
  SessionToCartBodySchema,
} from "@fengshou/live-contract"
import { checkoutGateRoutes } from "../checkout-gate"
import { hideLiveCodes, refuseLiveCodesByHand } from "./live-codes"

/** The shopper's customer account when signed in (`req.auth_context.actor_id`); guests go on as guests. */
const signedInOrGuest = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

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
    middlewares: [signedInOrGuest, validateAndTransformBody(LinkHoldBodySchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/live/links/:code/cart",
    // A new cart is made the signed-in customer's, so the storefront need not read it and transfer it after.
    middlewares: [signedInOrGuest, validateAndTransformBody(LinkToCartBodySchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/live/links/:code/express",
    // A signed-in customer's cart is made theirs, and their account counts toward the per-shopper limit.
    middlewares: [signedInOrGuest, validateAndTransformBody(LinkExpressBodySchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/live/sessions/:id/cart",
    middlewares: [signedInOrGuest, validateAndTransformBody(SessionToCartBodySchema)],
  },
]
