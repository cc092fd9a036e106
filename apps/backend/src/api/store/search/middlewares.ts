import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { SearchQuerySchema } from "@fengshou/search-contract"

// The contract's schema: a bad parameter is a 400 that names it and says what it takes.
export const storeSearchRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/search", middlewares: [validateAndTransformQuery(SearchQuerySchema, {})] },
]
