import { allowFields, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { storeImpactRoutes } from "./impact/middlewares"
import { storeSearchRoutes } from "./search/middlewares"
import { COOPERATIVE_FIELDS, refuseDeepProductKeys } from "./refuse-deep-product-keys"
import { StoreListCooperatives } from "./validators"

export const storeCooperativeRoutes: MiddlewareRoute[] = [
  // A wildcard matcher: Medusa orders wildcard middlewares before static ones, so this runs before the core
  // route's own query validation reads the allowed fields (a plain "/store/products" matcher runs too late).
  {
    method: ["GET"],
    matcher: "/store/products*",
    middlewares: [refuseDeepProductKeys, allowFields(COOPERATIVE_FIELDS)],
  },
  {
    method: ["GET"],
    matcher: "/store/cooperatives",
    middlewares: [validateAndTransformQuery(StoreListCooperatives, { isList: true })],
  },
  ...storeImpactRoutes,
  ...storeSearchRoutes,
]
