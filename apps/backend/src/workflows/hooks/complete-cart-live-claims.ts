import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { offerSells } from "../../lib/livestream/consent"
import { lineCodes, liveUnitsOf, shopperKeys, type CartLine } from "../../lib/livestream/live-lines"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"

type HookCart = {
  id: string
  email?: string | null
  customer?: { id?: string | null } | null
  shipping_address?: { phone?: string | null } | null
  metadata?: Record<string, unknown> | null
  items?: CartLine[] | null
}

/**
 * Flash-sale correctness: before Medusa creates the order, the cart takes its live-priced units from the session
 * products' caps (one locking transaction, all or none), converting the holds it took at the first click (their
 * units are its own; a hold that expired meanwhile is taken again if units are left) and giving back holds on offers
 * it no longer has. Anything that fails later in the checkout (payment declined, inventory) runs the compensation,
 * which gives the units back, so no claim outlives a failed checkout.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const c = cart as unknown as HookCart
    const codes = lineCodes(c.items ?? [])
    const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const offers = codes.length ? await live.listSessionProducts({ promo_code: codes }, { relations: ["session"] }) : []
    const items = liveUnitsOf(
      c.items ?? [],
      offers.map((o) => ({ id: o.id, promo_code: o.promo_code, variant_id: o.variant_id, session_id: o.session.id })),
    )
    if (!items.length) {
      // Live lines removed or detached: their holds go back now rather than when they expire.
      if (c.metadata?.live_session_id) await live.releaseCartClaims(c.id)
      return new StepResponse(undefined, null)
    }
    // A live price without the session stamp would sell with no host, session or commission (api/store/live/live-codes.ts).
    if (!c.metadata?.live_session_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This cart has a live price but did not come from a host's cart link. Open the link from the live stream, or remove the live discount to pay the shelf price.",
        "live_code_without_link",
      )
    }
    for (const offer of offers) {
      if (!items.some((i) => i.session_product_id === offer.id)) continue
      if (!offerSells(offer) && !offer.paused_reason) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${offer.product_title} is not sold at this live price: the cooperative has not agreed to it. Remove it from your cart or buy it at the shelf price.`,
          "live_offer_not_consented",
        )
      }
      // Paused since the cart got it: the shelf price fell below the cooperative's floor (reprice-live-offers.ts).
      if (offer.paused_reason) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${offer.paused_reason} Remove ${offer.product_title} from your cart or buy it at the shelf price.`,
          "live_offer_paused",
        )
      }
      if (offer.session.ended_at) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The live session "${offer.session.title}" has ended, so its live price no longer applies. Continue at the shelf price or remove ${offer.product_title}.`,
          "live_session_ended",
        )
      }
    }
    await live.claimUnits({ cartId: c.id, shopperKeys: shopperKeys(c), items })
    return new StepResponse(undefined, c.id)
  },
  async (cartId, { container }) => {
    if (cartId) await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).releaseCartClaims(cartId)
  },
)
