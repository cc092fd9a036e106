import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateCartLinkBody } from "@fengshou/live-contract"
import type { OwnSession } from "./get-own-session"

export type PrepareCartLinkInput = { session: OwnSession; body: CreateCartLinkBody; now: Date | string }

const DAY_MS = 86_400_000
const bad = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks a link's items against the session (read-only): each a product of this session, once, within the
 * per-shopper limit (a larger quantity could never be checked out). The expiry defaults to a day after the
 * session's planned end, or its start when no end is planned, and must lie ahead.
 */
export const prepareCartLinkStep = createStep(
  "prepare-live-cart-link",
  async ({ session, body, now }: PrepareCartLinkInput) => {
    const seen = new Set<string>()
    for (const item of body.items) {
      const product = session.products.find((p) => p.id === item.session_product_id)
      if (!product) {
        throw bad(
          `session_product_id ${item.session_product_id} is not a product of "${session.title}"; use the product ids from GET /host/sessions/${session.id}.`,
        )
      }
      if (seen.has(product.id))
        throw bad(
          `${product.product_title} ${product.variant_title} is listed twice; give it once with the total quantity.`,
        )
      seen.add(product.id)
      if (item.quantity > product.per_customer_limit) {
        throw bad(
          `quantity ${item.quantity} of ${product.product_title} ${product.variant_title} exceeds its limit of ${product.per_customer_limit} per shopper; lower it.`,
        )
      }
    }
    const anchor = new Date(session.scheduled_end_at ?? session.scheduled_start_at)
    const expires = body.expires_at ? new Date(body.expires_at) : new Date(anchor.getTime() + DAY_MS)
    if (expires.getTime() <= new Date(now).getTime()) {
      throw bad(
        body.expires_at
          ? `expires_at ${body.expires_at} is in the past; give a time ahead.`
          : `The default expiry (a day after the session's planned ${session.scheduled_end_at ? "end" : "start"}) has passed; give expires_at explicitly.`,
      )
    }
    return new StepResponse({
      session_id: session.id,
      items: body.items.map(({ session_product_id, quantity }) => ({ session_product_id, quantity })),
      expires_at: expires,
    })
  },
)
