import { allowFields, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { storeImpactRoutes } from "./impact/middlewares"
import { storeSearchRoutes } from "./search/middlewares"
import { StoreListCooperatives } from "./validators"

// The product→cooperative link's public fields, so `/store/products?fields=*cooperative` (or
// `+cooperative.handle,+cooperative.name_zh`) works; nothing under the cooperative (households, lots) is allowed.
const COOPERATIVE_FIELDS = [
  "cooperative",
  "cooperative.id",
  "cooperative.handle",
  "cooperative.name_zh",
  "cooperative.name_en",
  "cooperative.division_code",
  "cooperative.region",
]

export const storeCooperativeRoutes: MiddlewareRoute[] = [
  // A wildcard matcher: Medusa orders wildcard middlewares before static ones, so this runs before the core
  // route's own query validation reads the allowed fields (a plain "/store/products" matcher runs too late).
  { method: ["GET"], matcher: "/store/products*", middlewares: [allowFields(COOPERATIVE_FIELDS)] },
  { method: ["GET"], matcher: "/store/cooperatives", middlewares: [validateAndTransformQuery(StoreListCooperatives, { isList: true })] },
  ...storeImpactRoutes,
  ...storeSearchRoutes,
]
