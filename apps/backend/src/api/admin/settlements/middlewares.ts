import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { GenerateStatementsBodySchema, MarkStatementPaidBodySchema } from "@fengshou/store-contract"
import { AdminListSettlements, AdminSettlementReconciliation } from "./validators"

// /admin/* is already authenticated as an admin user by Medusa.
export const adminSettlementRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/settlements",
    middlewares: [validateAndTransformQuery(AdminListSettlements, { isList: true })],
  },
  {
    method: ["GET"],
    matcher: "/admin/settlements/reconciliation",
    middlewares: [validateAndTransformQuery(AdminSettlementReconciliation, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/settlements/generate",
    middlewares: [validateAndTransformBody(GenerateStatementsBodySchema)],
  },
  {
    method: ["POST"],
    matcher: "/admin/settlements/:id/mark-paid",
    middlewares: [validateAndTransformBody(MarkStatementPaidBodySchema)],
  },
]
