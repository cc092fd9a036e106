import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

/** Only "my impact" needs a customer; the other impact routes are public like the catalog (publishable key). */
export const storeImpactRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/impact/me", middlewares: [authenticate("customer", ["session", "bearer"])] },
]
