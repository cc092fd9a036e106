import {
  authenticate,
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ReturnRequestBodySchema } from "@fengshou/store-contract"

// Medusa's own POST /store/returns takes any order id and asks no proof the caller placed it; returns go through
// /store/order-status/:id/returns, which needs the customer's sign-in or the order token.
function refuseStockReturns(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(403).json({
    type: "not_allowed",
    message:
      "Request a return with POST /store/order-status/:id/returns (signed in, or with the order's x-order-token)",
  })
}

/** The shopper's after-sale routes: a customer's sign-in when present; the routes check ownership or the token. */
export const storeOrderStatusRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/order-status/*",
    middlewares: [authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })],
  },
  {
    method: ["POST"],
    matcher: "/store/order-status/:id/returns",
    middlewares: [validateAndTransformBody(ReturnRequestBodySchema)],
  },
  // A wildcard so it runs before the core route's own body validation (Medusa orders wildcards first).
  { method: ["POST"], matcher: "/store/returns*", middlewares: [refuseStockReturns] },
]
