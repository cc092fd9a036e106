import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListCertifications } from "./validators"

/** The operator's certificate reads and verification (Medusa authenticates every /admin route as a user). */
export const adminCertificationRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/certifications",
    middlewares: [validateAndTransformQuery(AdminListCertifications, {})],
  },
]
