"use server"
// Cart writes, called through the tab's cart store (./hooks/use-cart.ts). Each validates its input (anyone can call an
// action), works on the cart in the httpOnly cookie and answers with the cart as the UI shows it.
import { z } from "zod"
import { cartLocale } from "@/i18n/cart-locale"
import { routing } from "@/i18n/routing"
import { toActionError, type ActionErrorKey } from "@/lib/action-error"
import {
  addLineItem,
  createCart,
  deleteLineItem,
  retrieveCart,
  transferCart,
  updateCart,
  updateLineItem,
} from "@/lib/data/cart"
import { getCartId, getCustomerToken, setCartId } from "@/lib/session"
import { toCartView, type CartView } from "@/lib/view/cart"

export type CartActionResult = { ok: true; cart: CartView | null } | { ok: false; error: ActionErrorKey }

const MAX_QUANTITY = 99
const quantity = z.number().int().min(1).max(MAX_QUANTITY)
const id = z.string().min(1).max(100)
const locale = z.enum(routing.locales)

async function run(context: string, work: () => Promise<CartView | null>): Promise<CartActionResult> {
  try {
    return { ok: true, cart: await work() }
  } catch (error) {
    return { ok: false, error: toActionError(error, context) }
  }
}

const addInput = z.object({ variantId: id, quantity, locale })

export async function addToCart(input: z.input<typeof addInput>): Promise<CartActionResult> {
  const parsed = addInput.safeParse(input)
  if (!parsed.success) return { ok: false, error: "failed" }
  const { variantId, quantity, locale } = parsed.data
  return run("add to cart", async () => {
    const existingId = await getCartId()
    let cart = existingId ? await retrieveCart(existingId) : null
    if (!cart) {
      const token = await getCustomerToken()
      cart = await createCart(locale, token)
      if (token && !cart.customer_id) cart = await transferCart(cart.id, token)
      await setCartId(cart.id)
    }
    return toCartView(await addLineItem(cart.id, variantId, quantity))
  })
}

const updateInput = z.object({ lineId: id, quantity: z.number().int().min(0).max(MAX_QUANTITY) })

/** Sets a line's quantity; 0 removes the line. */
export async function updateQuantity(input: z.input<typeof updateInput>): Promise<CartActionResult> {
  const parsed = updateInput.safeParse(input)
  if (!parsed.success) return { ok: false, error: "failed" }
  const { lineId, quantity } = parsed.data
  return run("update quantity", async () => {
    const cartId = await getCartId()
    if (!cartId) return null
    const cart = quantity === 0 ? await deleteLineItem(cartId, lineId) : await updateLineItem(cartId, lineId, quantity)
    return toCartView(cart)
  })
}

/** Re-translates line titles after the shopper switched language; the cart itself is the same. */
export async function setCartLocale(input: z.input<typeof locale>): Promise<CartActionResult> {
  const parsed = locale.safeParse(input)
  if (!parsed.success) return { ok: false, error: "failed" }
  return run("set cart locale", async () => {
    const cartId = await getCartId()
    if (!cartId) return null
    return toCartView(await updateCart(cartId, { locale: cartLocale(parsed.data) }))
  })
}
