"use server"
// Checkout writes, one per step: address → shipping (one method per shipping profile) → payment → order.
// Every action re-validates what the browser already checked, and works on the cart in the httpOnly cookie.
import { z } from "zod"
import { toMedusaAddress } from "@/lib/address/medusa-address"
import { toActionError, type ActionErrorKey } from "@/lib/action-error"
import { placeOrder, soldOutLines, type LiveRefusal, type SoldOutLine } from "@/lib/checkout/place-order"
import { updateCart } from "@/lib/data/cart"
import { getCurrentCart, getCurrentCartForPayment } from "@/lib/data/current-cart"
import { completeCart } from "@/lib/data/orders"
import { initiatePaymentSession, listPaymentProviders, stripePublishableKey } from "@/lib/data/payment"
import { addShippingMethod, shippingOffered } from "@/lib/data/shipping"
import { DIVISIONS } from "@/lib/divisions/data"
import { checkoutAddressSchema } from "@/lib/schemas/address"
import { firstErrors, type FieldError } from "@/lib/schemas/field-errors"
import { clearCartId, getCartId, setLastOrderId } from "@/lib/session"
import { StoreApiError } from "@/lib/store-fetch"
import { groupByProfile, selectionFor } from "@/lib/view/shipping"
import { offeredProviders } from "./components/payment-kind"

type Failure = {
  ok: false
  error: ActionErrorKey | "noCart" | "invalid" | "live"
  soldOut?: SoldOutLine[]
  live?: LiveRefusal
}

export type AddressActionResult = { ok: true } | (Failure & { fieldErrors?: Record<string, FieldError> })

export async function saveCheckoutAddress(values: Record<string, string>): Promise<AddressActionResult> {
  const parsed = checkoutAddressSchema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: firstErrors(parsed.error.issues) }
  const address = toMedusaAddress(parsed.data, DIVISIONS)
  if (!address) return { ok: false, error: "invalid", fieldErrors: { districtCode: "districtRequired" } }
  try {
    const cart = await getCurrentCart()
    if (!cart) return { ok: false, error: "noCart" }
    const email = parsed.data.email ?? undefined
    await updateCart(cart.id, { shipping_address: address, billing_address: address, ...(email ? { email } : {}) })
    return { ok: true }
  } catch (error) {
    return { ok: false, error: toActionError(error, "save checkout address") }
  }
}

export type StepResult = { ok: true } | Failure

export async function saveShippingMethods(optionIds: string[]): Promise<StepResult> {
  const ids = z.array(z.string().min(1).max(100)).max(10).safeParse(optionIds)
  if (!ids.success) return { ok: false, error: "invalid" }
  try {
    const cart = await getCurrentCart()
    if (!cart) return { ok: false, error: "noCart" }
    // Only options the backend offers for this cart, exactly one per shipping profile.
    const selection = selectionFor(groupByProfile(await shippingOffered(cart)), ids.data)
    if (!selection) return { ok: false, error: "invalid" }
    for (const optionId of selection) await addShippingMethod(cart.id, optionId)
    return { ok: true }
  } catch (error) {
    return { ok: false, error: toActionError(error, "save shipping methods") }
  }
}

/** What the browser needs to collect a payment: nothing for the system provider, a client secret for Stripe. */
export type PaymentStart = { providerId: string; clientSecret: string | null }
export type StartPaymentResult = { ok: true; payment: PaymentStart } | Failure

export async function startPayment(providerId: string): Promise<StartPaymentResult> {
  if (typeof providerId !== "string" || providerId.length > 100) return { ok: false, error: "invalid" }
  try {
    const cart = await getCurrentCartForPayment()
    if (!cart?.region_id) return { ok: false, error: "noCart" }
    const providers = (await listPaymentProviders(cart.region_id)).map((p) => p.id)
    const offered = offeredProviders(providers, { stripeKey: stripePublishableKey() !== null })
    if (!offered.includes(providerId)) return { ok: false, error: "invalid" }
    // Check stock before any money moves, so nobody is charged for what is gone.
    const soldOut = await soldOutLines(cart)
    if (soldOut.length > 0) return { ok: false, error: "soldOut", soldOut }
    const session = await initiatePaymentSession(cart, providerId)
    const secret = session.data?.client_secret
    return { ok: true, payment: { providerId, clientSecret: typeof secret === "string" ? secret : null } }
  } catch (error) {
    return { ok: false, error: toActionError(error, "start payment") }
  }
}

export type CompleteResult = { ok: true; orderId: string } | Failure

/** Places the order once the payment is authorized; the cart cookie is dropped only on success. */
export async function completeOrder(): Promise<CompleteResult> {
  try {
    const cart = await getCurrentCart()
    if (!cart) {
      const orderId = await orderOfCompletedCart()
      return orderId ? placed(orderId) : { ok: false, error: "noCart" }
    }
    const result = await placeOrder(cart)
    if (!result.ok) {
      if (result.reason === "soldOut") return { ok: false, error: "soldOut", soldOut: result.lines }
      return result.reason === "live" ? { ok: false, error: "live", live: result.live } : { ok: false, error: "failed" }
    }
    return placed(result.orderId)
  } catch (error) {
    return { ok: false, error: toActionError(error, "complete order") }
  }
}

async function placed(orderId: string): Promise<CompleteResult> {
  await clearCartId()
  await setLastOrderId(orderId)
  return { ok: true, orderId }
}

/**
 * The order of the cart in the cookie when that cart is already completed: a payment provider's webhook may complete
 * it first (Stripe, after a redirect-based payment). Medusa's completion is idempotent and answers with that order.
 */
async function orderOfCompletedCart(): Promise<string | null> {
  const cartId = await getCartId()
  if (!cartId) return null
  try {
    const result = await completeCart(cartId)
    return result.type === "order" ? result.order.id : null
  } catch (error) {
    if (error instanceof StoreApiError) return null
    throw error
  }
}
