import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"

/**
 * Rejects a Stripe webhook whose signature does not verify with a 400 before Medusa queues it. Medusa's own
 * route answers 200 to anything and leaves the check to a subscriber, so Stripe would never learn of a
 * misconfigured secret and a forged event would reach the event bus. With no secret nothing can verify, so nothing
 * passes (env.ts refuses STRIPE_API_KEY without STRIPE_WEBHOOK_SECRET in every environment).
 */
export function verifyStripeSignature(webhookSecret: string | undefined) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!webhookSecret) {
      res
        .status(400)
        .json({ type: "invalid_data", message: "Stripe webhooks are not accepted: STRIPE_WEBHOOK_SECRET is not set." })
      return
    }
    const signature = req.headers["stripe-signature"]
    const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
    if (typeof signature !== "string" || !raw) {
      res.status(400).json({ type: "invalid_data", message: "Missing Stripe-Signature header or body." })
      return
    }
    try {
      Stripe.webhooks.constructEvent(raw, signature, webhookSecret)
    } catch {
      res.status(400).json({
        type: "invalid_data",
        message: "Stripe signature does not verify: check STRIPE_WEBHOOK_SECRET against the endpoint's signing secret.",
      })
      return
    }
    next()
  }
}
