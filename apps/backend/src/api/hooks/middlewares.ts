import type { MiddlewareRoute } from "@medusajs/framework/http"
import { env } from "../../env"
import { verifyStripeSignature } from "./verify-stripe-signature"

export const hookRoutes: MiddlewareRoute[] = [
  {
    matcher: "/hooks/payment/stripe_stripe",
    method: ["POST"],
    // Medusa keeps the raw body on /hooks routes; the signature is computed over those exact bytes.
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyStripeSignature(env.STRIPE_WEBHOOK_SECRET)],
  },
]
