import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateOfficial, AdminDisableOfficial, AdminEnableOfficial, AdminListOfficials } from "./validators"

// /admin/* is already authenticated as an admin user by Medusa.
export const adminOfficialRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/officials",
    middlewares: [validateAndTransformQuery(AdminListOfficials, { isList: true })],
  },
  { method: ["POST"], matcher: "/admin/officials", middlewares: [validateAndTransformBody(AdminCreateOfficial)] },
  {
    method: ["POST"],
    matcher: "/admin/officials/:id/disable",
    middlewares: [validateAndTransformBody(AdminDisableOfficial)],
  },
  {
    method: ["POST"],
    matcher: "/admin/officials/:id/enable",
    middlewares: [validateAndTransformBody(AdminEnableOfficial)],
  },
]
