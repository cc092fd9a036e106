"use server"
// The shopper's live-cart writes: a session product into the cart at its live price, and "continue at the shelf
// price" for a cart whose session ended. Like the cart actions, each validates its input, works on the cart in the
// httpOnly cookie and answers with the cart as the UI shows it, or an error key.
import { LIVE_UNAVAILABLE, type LiveUnavailable } from "@fengshou/live-contract"
import { z } from "zod"
import { routing } from "@/i18n/routing"
import { toActionError, type ActionErrorKey } from "@/lib/action-error"
import { retrieveCart } from "@/lib/data/cart"
import { detachLiveCart, sessionProductToCart } from "@/lib/data/live-server"
import { adoptCart, usableCartId } from "@/lib/live/adopt-cart"
import { getCartId } from "@/lib/session"
import { StoreApiError } from "@/lib/store-fetch"
import { toCartView, type CartView } from "@/lib/view/cart"

export type LiveCartError = ActionErrorKey | LiveUnavailable | "limitReached"
export type LiveCartResult = { ok: true; cart: CartView | null } | { ok: false; error: LiveCartError }

const id = z.string().min(1).max(100)
const addInput = z.object({
  sessionId: id,
  sessionProductId: id,
  quantity: z.number().int().min(1).max(99),
  locale: z.enum(routing.locales),
})

function liveError(error: unknown, context: string): LiveCartError {
  if (error instanceof StoreApiError) {
    const code = (LIVE_UNAVAILABLE as readonly string[]).find((c) => c === error.code) as LiveUnavailable | undefined
    if (code) return code
    if (error.code === "live_limit_reached") return "limitReached"
  }
  return toActionError(error, context)
}

export async function addLiveProductToCart(input: z.input<typeof addInput>): Promise<LiveCartResult> {
  const parsed = addInput.safeParse(input)
  if (!parsed.success) return { ok: false, error: "failed" }
  const { sessionId, sessionProductId, quantity, locale } = parsed.data
  try {
    const previousId = await usableCartId(await getCartId())
    const { cart_id } = await sessionProductToCart(sessionId, { cartId: previousId, sessionProductId, quantity })
    const cart = await adoptCart(cart_id, previousId, locale)
    return { ok: true, cart: cart ? toCartView(cart) : null }
  } catch (error) {
    return { ok: false, error: liveError(error, "add live product to cart") }
  }
}

/** The session ended: keep the items at their shelf price, without the session's stamp. */
export async function continueAtShelfPrice(): Promise<LiveCartResult> {
  try {
    const cartId = await getCartId()
    if (!cartId) return { ok: true, cart: null }
    await detachLiveCart(cartId)
    const cart = await retrieveCart(cartId)
    return { ok: true, cart: cart ? toCartView(cart) : null }
  } catch (error) {
    return { ok: false, error: liveError(error, "continue at shelf price") }
  }
}
