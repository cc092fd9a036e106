import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { CreateReportSubscription, NoQuery } from "./validators"

const noQuery = validateAndTransformQuery(NoQuery, {})

/** Monthly report subscriptions; /official/* already authenticated the official (api/official/middlewares.ts). */
export const reportSubscriptionRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/official/relief/subscriptions", middlewares: [noQuery] },
  {
    method: ["POST"],
    matcher: "/official/relief/subscriptions",
    middlewares: [validateAndTransformBody(CreateReportSubscription)],
  },
  { method: ["GET"], matcher: "/official/relief/subscriptions/reports", middlewares: [noQuery] },
  { method: ["GET"], matcher: "/official/relief/subscriptions/reports/:id/download", middlewares: [noQuery] },
]
