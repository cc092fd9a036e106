"use server"
// The shopper's live-cart writes: a session product into the cart at its live price, and "continue at the shelf
// price" for a cart whose session ended. Like the cart actions, each validates its input, works on the cart in the
// httpOnly cookie and answers with the cart as the UI shows it, or an error key.
import { LIVE_UNAVAILABLE, type LiveUnavailable } from "@fengshou/live-contract"
import { z } from "zod"
import { redirect } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"
import { toMedusaAddress } from "@/lib/address/medusa-address"
import { toActionError, type ActionErrorKey } from "@/lib/action-error"
import { retrieveCart } from "@/lib/data/cart"
import { getCurrentCustomer } from "@/lib/data/current-customer"
import { detachLiveCart, expressLink, sessionProductToCart } from "@/lib/data/live-server"
import { listPaymentProviders, stripePublishableKey } from "@/lib/data/payment"
import { getCnyRegion } from "@/lib/data/regions"
import { DIVISIONS } from "@/lib/divisions/data"
import { shopperCartHasItems } from "@/lib/live/express"
import { checkoutAddressSchema, expressAddressSchema } from "@/lib/schemas/address"
import { firstErrors, type FieldError } from "@/lib/schemas/field-errors"
import { getCartId, getCustomerToken, getLiveHoldToken, setCartId } from "@/lib/session"
import { defaultProvider, offeredProviders } from "@/modules/checkout/components/payment-kind"
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
    const [cartId, customerToken] = await Promise.all([getCartId(), getCustomerToken()])
    const { cart_id } = await sessionProductToCart(sessionId, {
      cartId,
      locale,
      customerToken,
      sessionProductId,
      quantity,
    })
    // A new cart (the cookie's was gone or already paid) was made in the shopper's language and as theirs.
    if (cart_id !== cartId) await setCartId(cart_id)
    const cart = await retrieveCart(cart_id)
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

/** The provider the checkout's payment step opens with, so it pays on the session the express path starts. */
async function checkoutProvider(): Promise<string | null> {
  const region = await getCnyRegion()
  if (!region) return null
  const providers = (await listPaymentProviders(region.id)).map((p) => p.id)
  return defaultProvider(offeredProviders(providers, { stripeKey: stripePublishableKey() !== null })) || null
}

export type ExpressError = LiveCartError | "invalid" | "cartInUse"
export type ExpressResult = { ok: false; error: ExpressError; fieldErrors?: Record<string, FieldError> }

const expressTarget = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), locale: z.enum(routing.locales) })

/**
 * The held page's one-step checkout (the express path): the link's held units go into a new cart of the shopper's,
 * with the address, the cheapest shipping and a payment session, in one backend request; the action then redirects to
 * the checkout, which only asks for the payment. Sold out, over the limit or ended answers here, with nothing
 * half-made.
 */
export async function expressCheckout(
  target: z.input<typeof expressTarget>,
  values: Record<string, string>,
): Promise<ExpressResult> {
  const where = expressTarget.safeParse(target)
  if (!where.success) return { ok: false, error: "failed" }
  const { code, locale } = where.data
  try {
    const current = await getCurrentCustomer()
    const parsed = (current ? checkoutAddressSchema : expressAddressSchema).safeParse(values)
    if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: firstErrors(parsed.error.issues) }
    const address = toMedusaAddress(parsed.data, DIVISIONS)
    if (!address) return { ok: false, error: "invalid", fieldErrors: { districtCode: "districtRequired" } }
    const email = current?.customer.email ?? parsed.data.email
    if (!email) return { ok: false, error: "invalid", fieldErrors: { email: "required" } }
    // The new cart would take the place of one holding other items: those go on through the cart instead.
    if (await shopperCartHasItems()) return { ok: false, error: "cartInUse" }
    const [holdToken, customerToken, providerId] = await Promise.all([
      getLiveHoldToken(),
      getCustomerToken(),
      checkoutProvider(),
    ])
    const { cart_id } = await expressLink(code, { holdToken, email, address, locale, customerToken, providerId })
    // Made in the shopper's language and (signed in) as theirs, so it needs no update: it only becomes their cart.
    await setCartId(cart_id)
  } catch (error) {
    return { ok: false, error: liveError(error, "express checkout") }
  }
  // The checkout comes back in this action's answer, read with the new cart; without it, Next would render the held
  // page again for the cookie just set, and the browser would then ask for the checkout.
  return redirect({ href: "/checkout", locale })
}
