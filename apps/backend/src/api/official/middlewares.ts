import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { loadOfficialActor } from "./official-actor"
import { reportSubscriptionRoutes } from "./relief/subscriptions/middlewares"
import { ReliefExportQuery, ReliefReconciliationQuery, ReliefReportQuery } from "./validators"

const query = (schema: Parameters<typeof validateAndTransformQuery>[0]) => validateAndTransformQuery(schema, {})

/**
 * The officials' read-only API. Every route authenticates the `official` actor (a token without an official, or
 * of another actor type, is a 401) and loads the official's region scope, which no parameter can widen.
 */
export const officialRoutes: MiddlewareRoute[] = [
  { matcher: "/official/*", middlewares: [authenticate("official", ["bearer", "session"]), loadOfficialActor] },
  { method: ["GET"], matcher: "/official/relief/summary", middlewares: [query(ReliefReportQuery)] },
  { method: ["GET"], matcher: "/official/relief/export", middlewares: [query(ReliefExportQuery)] },
  { method: ["GET"], matcher: "/official/relief/reconciliation", middlewares: [query(ReliefReconciliationQuery)] },
  ...reportSubscriptionRoutes,
]
