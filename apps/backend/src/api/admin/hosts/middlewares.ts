import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { CommissionRateBodySchema } from "@fengshou/live-contract"
import { AdminListHosts, AdminSuspendHost } from "./validators"

// /admin/* is already authenticated as an admin user by Medusa.
export const adminHostRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/hosts",
    middlewares: [validateAndTransformQuery(AdminListHosts, { isList: true })],
  },
  { method: ["POST"], matcher: "/admin/hosts/:id", middlewares: [validateAndTransformBody(CommissionRateBodySchema)] },
  {
    method: ["POST"],
    matcher: "/admin/hosts/:id/approve",
    middlewares: [validateAndTransformBody(CommissionRateBodySchema)],
  },
  { method: ["POST"], matcher: "/admin/hosts/:id/suspend", middlewares: [validateAndTransformBody(AdminSuspendHost)] },
]
