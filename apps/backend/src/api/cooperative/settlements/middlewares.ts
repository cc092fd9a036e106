import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { DividendSheetQuery, HouseholdIncomeQuery, ListOwnStatements, StatementDocumentQuery } from "./validators"

const query = (schema: Parameters<typeof validateAndTransformQuery>[0], isList = false) =>
  validateAndTransformQuery(schema, { isList })

/** The cooperative's settlements (reads only: any status may read what it is owed and what it was paid). */
export const cooperativeSettlementRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/cooperative/settlements", middlewares: [query(ListOwnStatements, true)] },
  { method: ["GET"], matcher: "/cooperative/settlements/households", middlewares: [query(HouseholdIncomeQuery)] },
  {
    method: ["GET"],
    matcher: "/cooperative/settlements/households/dividend-sheet.pdf",
    middlewares: [query(DividendSheetQuery)],
  },
  {
    method: ["GET"],
    matcher: "/cooperative/settlements/:id/statement.csv",
    middlewares: [query(StatementDocumentQuery)],
  },
  {
    method: ["GET"],
    matcher: "/cooperative/settlements/:id/statement.pdf",
    middlewares: [query(StatementDocumentQuery)],
  },
]
