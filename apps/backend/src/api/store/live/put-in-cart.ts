import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { addLiveItemsToCartWorkflow } from "../../../workflows/livestream/shopper/add-live-items-to-cart"
import type { LiveStamp } from "../../../workflows/livestream/shopper/steps/stamp-live-cart"
import { LiveUnavailableError, type LiveOffer } from "./read-offer"

type Wanted = { offer: LiveOffer; quantity: number }

/**
 * Puts live offers into the shopper's cart, or a new cart when theirs is gone or already completed. Each offer goes
 * in at most once per cart (opening a link twice does not double it), at most up to what the cap and the shopper's
 * limit leave; the completion hook checks again under lock, this is only the friendly first answer.
 */
export async function putInCart(
  req: MedusaStoreRequest,
  cartId: string | null | undefined,
  wanted: Wanted[],
  stamp: LiveStamp,
): Promise<string> {
  const open = wanted.filter((w) => w.offer.stock_cap - w.offer.sold > 0)
  if (!open.length) {
    throw new LiveUnavailableError("sold_out", 409, "Everything in this live offer is sold out.", stamp.live_session_id)
  }
  const carts = req.scope.resolve<ICartModuleService>(Modules.CART)
  const [cart] = cartId
    ? await carts.listCarts({ id: cartId }, { relations: ["items"], select: ["id", "completed_at", "currency_code"] })
    : []
  const usable = cart && !cart.completed_at && cart.currency_code === "cny" ? cart : null
  const held = new Set((usable?.items ?? []).map((i) => i.variant_id))
  const toAdd = open.filter((w) => !held.has(w.offer.variant_id))
  const items = toAdd.map((w) => ({
    variant_id: w.offer.variant_id,
    quantity: Math.min(w.quantity, w.offer.per_customer_limit, w.offer.stock_cap - w.offer.sold),
  }))
  const promo_codes = open.map((w) => w.offer.promo_code)
  if (!usable) {
    const salesChannel = req.publishable_key_context?.sales_channel_ids?.[0]
    const { result } = await createCartWorkflow(req.scope).run({
      input: { items, promo_codes, metadata: stamp, ...(salesChannel ? { sales_channel_id: salesChannel } : {}) },
    })
    return result.id
  }
  await addLiveItemsToCartWorkflow(req.scope).run({ input: { cart_id: usable.id, items, promo_codes, stamp } })
  return usable.id
}
