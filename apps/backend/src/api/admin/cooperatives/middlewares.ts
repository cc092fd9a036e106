import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminApproveCooperative,
  AdminListCooperatives,
  AdminRejectCooperative,
  AdminSuspendCooperative,
} from "./validators"

// /admin/* is already authenticated as an admin user by Medusa.
export const adminCooperativeRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/cooperatives",
    middlewares: [validateAndTransformQuery(AdminListCooperatives, { isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveCooperative)],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectCooperative)],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/suspend",
    middlewares: [validateAndTransformBody(AdminSuspendCooperative)],
  },
]
