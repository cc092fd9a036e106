import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminBackfillLedger } from "./validators"

// /admin/* is already authenticated as an admin user by Medusa.
export const adminReliefRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/relief/backfill", middlewares: [validateAndTransformBody(AdminBackfillLedger)] },
]
