import { allowFields, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { storeImpactRoutes } from "./impact/middlewares"
import { storeSearchRoutes } from "./search/middlewares"
import {
  hideSuspendedProducts,
  refuseSuspendedCartItems,
  refuseSuspendedCheckout,
  refuseSuspendedLineItem,
} from "./hide-suspended-products"
import { addProductCertifications } from "./product-certifications"
import { narrowToPublicFields } from "./public-fields"
import { COOPERATIVE_FIELDS, refuseDeepProductKeys } from "./refuse-deep-product-keys"
import { StoreListCooperatives } from "./validators"

export const storeCooperativeRoutes: MiddlewareRoute[] = [
  // A wildcard matcher: Medusa orders wildcard middlewares before static ones, so this runs before the core
  // route's own query validation reads the allowed fields (a plain "/store/products" matcher runs too late).
  {
    method: ["GET"],
    matcher: "/store/products*",
    middlewares: [addProductCertifications, refuseDeepProductKeys, allowFields(COOPERATIVE_FIELDS)],
  },
  // Plain matchers run after the core route's validation: they see its query config and filters.
  {
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [narrowToPublicFields, hideSuspendedProducts],
  },
  {
    method: ["GET"],
    matcher: "/store/products/:id",
    middlewares: [narrowToPublicFields, hideSuspendedProducts],
  },
  { method: ["POST"], matcher: "/store/carts", middlewares: [refuseSuspendedCartItems] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [refuseSuspendedLineItem] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [refuseSuspendedCheckout] },
  {
    method: ["GET"],
    matcher: "/store/cooperatives",
    middlewares: [validateAndTransformQuery(StoreListCooperatives, { isList: true })],
  },
  ...storeImpactRoutes,
  ...storeSearchRoutes,
]
