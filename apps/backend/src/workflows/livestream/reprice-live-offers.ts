import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules, PromotionStatus } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow, updatePromotionsStep } from "@medusajs/medusa/core-flows"
import { fenToYuanString } from "@fengshou/relief-core"
import { offerSells } from "../../lib/livestream/consent"
import { floorOf, planReprice, type RepricePlan } from "../../lib/livestream/reprice"
import { readVariantOffer } from "../../queries/livestream/read-variant-offer"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"

type Change = RepricePlan & {
  id: string
  promotion_id: string
  consent_status: string
  before: { base_price_fen: number; paused_reason: string | null }
}

/** The open offers (session not ended) of these sizes whose promotion or pause no longer matches the shelf price. */
const planChangesStep = createStep("plan-live-reprice", async (input: { variant_ids: string[] }, { container }) => {
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const offers = (await live.listSessionProducts({ variant_id: input.variant_ids }, { relations: ["session"] })).filter(
    (o) => !o.session.ended_at,
  )
  if (!offers.length) return new StepResponse([] as Change[])
  const changes: Change[] = []
  for (const offer of offers) {
    // The shelf price a cart pays now (the same reading as when the host added the offer) and the cooperative's floor.
    const variant = await readVariantOffer(container, offer.variant_id)
    if (!variant || variant.base_price_fen === null) continue
    const plan = planReprice({
      live_price_fen: offer.live_price_fen,
      shelf_fen: variant.base_price_fen,
      floor_fen: floorOf(variant.metadata),
    })
    const paused = offer.paused_reason ?? null
    if (plan.base_price_fen === offer.base_price_fen && plan.paused_reason === paused) continue
    changes.push({
      ...plan,
      id: offer.id,
      promotion_id: offer.promotion_id,
      consent_status: offer.consent_status,
      before: { base_price_fen: offer.base_price_fen, paused_reason: paused },
    })
  }
  return new StepResponse(changes)
})

/** Writes the new shelf price and pause to the offers; compensation writes the old ones back. */
const applyToOffersStep = createStep(
  "apply-live-reprice",
  async (changes: Change[], { container }) => {
    const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    await live.updateSessionProducts(
      changes.map((c) => ({ id: c.id, base_price_fen: c.base_price_fen, paused_reason: c.paused_reason })),
    )
    return new StepResponse(undefined, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) return
    await container
      .resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
      .updateSessionProducts(changes.map((c) => ({ id: c.id, ...c.before })))
  },
)

/**
 * Carts in progress holding these live prices are refreshed the standard way (Medusa's refreshCartItemsWorkflow), so
 * their lines carry the new shelf price and discount before the shopper pays; a paused offer's code falls off.
 */
const refreshOpenCartsStep = createStep("refresh-live-carts", async (promotionIds: string[], { container }) => {
  const carts = container.resolve<ICartModuleService>(Modules.CART)
  const adjustments = await carts.listLineItemAdjustments(
    { promotion_id: promotionIds },
    { relations: ["item"], select: ["id", "item.cart_id"] },
  )
  const cartIds = [...new Set(adjustments.map((a) => (a.item as { cart_id?: string } | undefined)?.cart_id))].filter(
    (id): id is string => Boolean(id),
  )
  const open = cartIds.length
    ? (await carts.listCarts({ id: cartIds }, { select: ["id", "completed_at"] })).filter((c) => !c.completed_at)
    : []
  for (const cart of open) {
    await refreshCartItemsWorkflow(container).run({ input: { cart_id: cart.id, force_refresh: true } })
  }
  return new StepResponse(open.length)
})

/**
 * After a shelf price change (subscribers/live-offers-follow-shelf-price.ts): each open live offer of the size sells at
 * its live price or the lower shelf price, down to the cooperative's floor (lib/livestream/reprice.ts). The promotion is
 * the standard mechanism, recomputed here: amount off = shelf − live (0 when the shelf is lower), inactive while paused.
 */
export const repriceLiveOffersWorkflow = createWorkflow("reprice-live-offers", (input: { variant_ids: string[] }) => {
  const changes = planChangesStep(input)
  const refreshed = when({ changes }, ({ changes }) => changes.length > 0).then(() => {
    updatePromotionsStep(
      transform({ changes }, ({ changes }) =>
        changes.map((c) => ({
          id: c.promotion_id,
          // Active only when selling: not paused, and consented to if it had to be (lib/livestream/consent.ts).
          status: offerSells(c) ? PromotionStatus.ACTIVE : PromotionStatus.INACTIVE,
          application_method: { value: Number(fenToYuanString(c.discount_fen)) },
        })),
      ),
    )
    applyToOffersStep(changes)
    return refreshOpenCartsStep(transform({ changes }, ({ changes }) => changes.map((c) => c.promotion_id)))
  })
  return new WorkflowResponse({ changes, refreshed })
})
