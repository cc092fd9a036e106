import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

type Offer = { product_title: string; variant_title: string; consent_status: string; consent_reason: string | null }

/** A session goes live only once every offer outside its cooperative's limits was approved (read-only). */
export const checkOffersConsentedStep = createStep(
  "check-live-offers-consented",
  async (input: { products: Offer[] }) => {
    const waiting = input.products.filter((p) => p.consent_status === "pending" || p.consent_status === "declined")
    if (!waiting.length) return
    const list = waiting
      .map(
        (p) =>
          `${p.product_title} ${p.variant_title} (${
            p.consent_status === "pending"
              ? "waiting for the cooperative's approval"
              : `declined by the cooperative: ${p.consent_reason ?? "no reason given"}`
          })`,
      )
      .join("; ")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The session cannot start yet: ${list}. Bring each offer inside the cooperative's floor and cap, remove it, or wait for approval.`,
    )
  },
)
