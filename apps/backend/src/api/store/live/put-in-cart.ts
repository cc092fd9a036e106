import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { CreateCartAddressDTO, ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import type { LiveHold } from "@fengshou/live-contract"
import { shopperKeys } from "../../../lib/livestream/live-lines"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { addLiveItemsToCartWorkflow } from "../../../workflows/livestream/shopper/add-live-items-to-cart"
import type { LiveStamp } from "../../../workflows/livestream/shopper/steps/stamp-live-cart"
import { newHoldToken, toLiveHold } from "./live-hold"
import type { LiveOffer } from "./read-offer"
import { refuseClick } from "./refuse-click"

type Wanted = { offer: LiveOffer; quantity: number }
type NewCart = { locale?: string; email?: string; shipping_address?: CreateCartAddressDTO; customer_id?: string }

/**
 * Puts live offers into the shopper's cart, or a new cart when theirs is gone or already completed, holding their
 * units first (库存预扣): the hold is one short locking transaction on the offers' rows, so under a burst the shopper
 * who gets nothing hears "sold out" (409) or "over your limit" (400) at this click, before any cart is made (once the
 * cap is reached, "sold out" comes from one read without that lock: claims.ts refuseSoldOutHold). An offer with fewer
 * units left than asked holds what is left. Each offer goes in at most once per cart (opening a link twice does not
 * double it). With the hold token of the click that only held (hold-offers.ts), the token's running holds are this
 * click's: they move to the cart under its shopper keys instead of holding again, and a hold on an offer the cart
 * already has goes back (the cart's line stands). The checkout converts the holds
 * (workflows/hooks/complete-cart-live-claims.ts); unpaid, they expire (jobs/release-live-holds.ts, and lazily on the
 * next claim or read).
 */
export async function putInCart(
  req: MedusaStoreRequest,
  cartId: string | null | undefined,
  wanted: Wanted[],
  stamp: LiveStamp,
  /** What a new cart is made with: its language (line titles are translated into it at creation), the signed-in
   * customer and, on the express path, the shopper's email and address: they go into the same cart creation, and the
   * hold already counts them toward the per-shopper limit. A cart the shopper already has keeps its own. */
  newCart: NewCart = {},
  holdToken?: string | null,
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
  const tokenHolds = holdToken ? (await live.runningHolds(holdToken)).holds : []
  const tokenHold = (w: Wanted) => tokenHolds.find((h) => h.session_product_id === w.offer.id)
  const fromToken = toAdd.filter(tokenHold)
  // The cart's own line stands: the token's hold on an offer already in it goes back before anything is held again.
  const givenBack = wanted.filter((w) => inCart.has(w.offer.variant_id) && tokenHold(w))
  if (givenBack.length)
    await live.releaseOffers(
      holdToken!,
      givenBack.map((w) => w.offer.id),
    )
  // Opening the link again after a hold ran out holds that line's units again, if any are left.
  const running = usable && toAdd.length < wanted.length ? (await live.cartHolds(usable.id)).holds : []
  const rehold = wanted
    .filter((w) => inCart.has(w.offer.variant_id) && !running.some((h) => h.session_product_id === w.offer.id))
    .map((w) => ({
      offer: w.offer,
      quantity: Number(usable!.items!.find((i) => i.variant_id === w.offer.variant_id)!.quantity),
    }))

  // A new cart's id is known only once it exists, so its holds are taken under the token (or a placeholder) and moved.
  const holder = usable?.id ?? holdToken ?? newHoldToken()
  const keysOf = (id: string) =>
    shopperKeys({
      id,
      email: usable ? usable.email : newCart.email,
      customer_id: usable ? usable.customer_id : newCart.customer_id,
      shipping_address: usable ? usable.shipping_address : newCart.shipping_address,
    })
  const request = {
    cartId: holder,
    shopperKeys: keysOf(holder),
    items: [...toAdd.filter((w) => !tokenHold(w)), ...rehold].map((w) => ({
      session_product_id: w.offer.id,
      quantity: Math.min(w.quantity, w.offer.per_customer_limit),
    })),
  }
  // Under a burst most clicks come after the cap is reached: when the session's read says so, one read without the
  // lock answers "sold out" as the claim would, instead of queueing on the offers' row lock (claims.ts).
  const soldOut =
    toAdd.length === wanted.length && !fromToken.length && wanted.every((w) => w.offer.sold >= w.offer.stock_cap)
      ? await live.refuseSoldOutHold(request)
      : null
  const claim = request.items.length ? (soldOut ?? (await live.holdUnits(request))) : { granted: [], refused: [] }
  if (toAdd.length === wanted.length && !claim.granted.length && !fromToken.length)
    refuseClick(claim, wanted.length, stamp.live_session_id)

  const units = (w: Wanted) =>
    Number(tokenHold(w)?.quantity ?? claim.granted.find((g) => g.session_product_id === w.offer.id)?.quantity ?? 0)
  const granted = toAdd.filter((w) => units(w) > 0)
  const items = granted.map((w) => ({ variant_id: w.offer.variant_id, quantity: units(w) }))
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
          ...newCart,
          ...(salesChannel ? { sales_channel_id: salesChannel } : {}),
        },
      })
      id = result.id
    } else {
      await addLiveItemsToCartWorkflow(req.scope).run({ input: { cart_id: usable.id, items, promo_codes, stamp } })
    }
    // From here the per-shopper limit counts these units as the cart's customer, email and mobile.
    if (holder !== id)
      await live.moveClaims(holder, id!, { offerIds: granted.map((w) => w.offer.id), shopperKeys: keysOf(id!) })
    if (usable && fromToken.length) {
      const offerIds = fromToken.map((w) => w.offer.id)
      // A claim the cart kept on an offer whose line is gone would collide with the moved hold (one per cart and offer).
      await live.releaseOffers(usable.id, offerIds)
      await live.moveClaims(holdToken!, usable.id, { offerIds, shopperKeys: keysOf(usable.id) })
    }
  } catch (error) {
    // The cart could not take the items (this click's holds were not moved yet): they go back now, not at expiry.
    // The token's earlier holds keep running until they expire, so the shopper may try again.
    await live.releaseOffers(
      holder,
      claim.granted.map((g) => g.session_product_id),
    )
    throw error
  }
  const { holds } = await live.cartHolds(id!)
  return { cart_id: id!, holds: holds.map(toLiveHold) }
}
