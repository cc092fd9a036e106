import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { CreateCartAddressDTO, ICartModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import type { LiveHold } from "@fengshou/live-contract"
import { shopperKeys } from "../../../lib/livestream/live-lines"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type { HoldRow } from "../../../modules/livestream/claims"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { addLiveItemsToCartWorkflow } from "../../../workflows/livestream/shopper/add-live-items-to-cart"
import type { LiveStamp } from "../../../workflows/livestream/shopper/steps/stamp-live-cart"
import { LiveUnavailableError, type LiveOffer } from "./read-offer"

type Wanted = { offer: LiveOffer; quantity: number }

/**
 * Puts live offers into the shopper's cart, or a new cart when theirs is gone or already completed, holding their
 * units first (库存预扣): the hold is one short locking transaction on the offers' rows, so under a burst the shopper
 * who gets nothing hears "sold out" (409) or "over your limit" (400) at this click, before any cart is made (once the
 * cap is reached, "sold out" comes from one read without that lock: claims.ts refuseSoldOutHold). An offer with fewer
 * units left than asked holds what is left. Each offer goes in at most once per cart (opening a link twice does not
 * double it). The checkout converts the holds (workflows/hooks/complete-cart-live-claims.ts); unpaid, they expire
 * (jobs/release-live-holds.ts, and lazily on the next claim or read).
 */
export async function putInCart(
  req: MedusaStoreRequest,
  cartId: string | null | undefined,
  wanted: Wanted[],
  stamp: LiveStamp,
  /** A new cart's email and address, when the shopper gave them with the click (the express path): they go into the
   * same cart creation, and the hold already counts them toward the per-shopper limit. */
  contact?: { email: string; shipping_address: CreateCartAddressDTO },
): Promise<{ cart_id: string; holds: LiveHold[] }> {
  const carts = req.scope.resolve<ICartModuleService>(Modules.CART)
  const live = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [cart] = cartId
    ? await carts.listCarts(
        { id: cartId },
        {
          relations: ["items", "shipping_address"],
          select: ["id", "completed_at", "currency_code", "email", "customer_id"],
        },
      )
    : []
  const usable = cart && !cart.completed_at && cart.currency_code === "cny" ? cart : null
  const inCart = new Set((usable?.items ?? []).map((i) => i.variant_id))
  const toAdd = wanted.filter((w) => !inCart.has(w.offer.variant_id))
  // Opening the link again after a hold ran out holds that line's units again, if any are left.
  const running = usable && toAdd.length < wanted.length ? (await live.cartHolds(usable.id)).holds : []
  const rehold = wanted
    .filter((w) => inCart.has(w.offer.variant_id) && !running.some((h) => h.session_product_id === w.offer.id))
    .map((w) => ({
      offer: w.offer,
      quantity: Number(usable!.items!.find((i) => i.variant_id === w.offer.variant_id)!.quantity),
    }))

  // A new cart's id is known only once it exists, so its holds are taken under a placeholder and moved to it.
  const holder = usable?.id ?? `hold_${crypto.randomUUID().replace(/-/g, "")}`
  const request = {
    cartId: holder,
    shopperKeys: shopperKeys({
      id: holder,
      email: usable ? usable.email : contact?.email,
      customer_id: usable?.customer_id,
      shipping_address: usable ? usable.shipping_address : contact?.shipping_address,
    }),
    items: [...toAdd, ...rehold].map((w) => ({
      session_product_id: w.offer.id,
      quantity: Math.min(w.quantity, w.offer.per_customer_limit),
    })),
  }
  // Under a burst most clicks come after the cap is reached: when the session's read says so, one read without the
  // lock answers "sold out" as the claim would, instead of queueing on the offers' row lock (claims.ts).
  const soldOut =
    toAdd.length === wanted.length && wanted.every((w) => w.offer.sold >= w.offer.stock_cap)
      ? await live.refuseSoldOutHold(request)
      : null
  const claim = soldOut ?? (await live.holdUnits(request))
  if (toAdd.length === wanted.length && !claim.granted.length) {
    const refusal = claim.refused[0]
    if (refusal?.reason === "limit_reached")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message, "live_limit_reached")
    throw new LiveUnavailableError(
      "sold_out",
      409,
      wanted.length > 1 ? "Everything in this live offer is sold out." : (refusal?.message ?? "Sold out."),
      stamp.live_session_id,
    )
  }

  const granted = toAdd.filter((w) => claim.granted.some((g) => g.session_product_id === w.offer.id))
  const items = granted.map((w) => ({
    variant_id: w.offer.variant_id,
    quantity: claim.granted.find((g) => g.session_product_id === w.offer.id)!.quantity,
  }))
  const promo_codes = wanted.filter((w) => !toAdd.includes(w) || granted.includes(w)).map((w) => w.offer.promo_code)
  let id = usable?.id
  try {
    if (!usable) {
      const salesChannel = req.publishable_key_context?.sales_channel_ids?.[0]
      const { result } = await createCartWorkflow(req.scope).run({
        input: {
          items,
          promo_codes,
          metadata: stamp,
          ...(contact ?? {}),
          ...(salesChannel ? { sales_channel_id: salesChannel } : {}),
        },
      })
      id = result.id
      await live.moveClaims(holder, result.id)
    } else {
      await addLiveItemsToCartWorkflow(req.scope).run({ input: { cart_id: usable.id, items, promo_codes, stamp } })
    }
  } catch (error) {
    // The cart could not take the items (the holds were not moved yet): the units go back now, not when they expire.
    await live.releaseOffers(
      holder,
      claim.granted.map((g) => g.session_product_id),
    )
    throw error
  }
  const { holds } = await live.cartHolds(id!)
  return { cart_id: id!, holds: holds.map(toLiveHold) }
}

export const toLiveHold = (h: HoldRow): LiveHold => ({
  session_product_id: h.session_product_id,
  variant_id: h.variant_id,
  quantity: Number(h.quantity),
  expires_at: new Date(h.expires_at).toISOString(),
})
