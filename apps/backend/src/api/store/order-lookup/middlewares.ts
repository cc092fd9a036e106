import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { OrderLookupBodySchema } from "@fengshou/store-contract"
import { throttleOrderLookup } from "./throttle-order-lookup"

/** POST /store/order-lookup: throttled per order number before the body is even read. */
export const storeOrderLookupRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/order-lookup",
    middlewares: [throttleOrderLookup, validateAndTransformBody(OrderLookupBodySchema)],
  },
]
