import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ListOwnStatements, StatementDocumentQuery } from "./validators"

const document = validateAndTransformQuery(StatementDocumentQuery, {})

/** The host's commission statements (reads only). */
export const hostSettlementRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/host/settlements",
    middlewares: [validateAndTransformQuery(ListOwnStatements, { isList: true })],
  },
  { method: ["GET"], matcher: "/host/settlements/:id/statement.csv", middlewares: [document] },
  { method: ["GET"], matcher: "/host/settlements/:id/statement.pdf", middlewares: [document] },
]
