import { normalizeMobile } from "../phone"

/** A cart line as the completion hook sees it (Medusa's completeCartFields). */
export type CartLine = {
  variant_id?: string | null
  quantity: unknown
  adjustments?: { code?: string | null }[] | null
}
export type LiveOffer = { id: string; promo_code: string; variant_id: string; session_id: string }

/**
 * The units a cart takes at live prices, per session product. A live price reaches a cart only as its session
 * product's promotion code, so a line counts when it carries that code on that variant — whatever the cart's
 * session stamp says (a cart may hold items of two sessions, or a code typed by hand).
 */
export function liveUnitsOf(
  lines: readonly CartLine[],
  offers: readonly LiveOffer[],
): { session_product_id: string; quantity: number }[] {
  const units = new Map<string, number>()
  for (const line of lines) {
    const codes = new Set((line.adjustments ?? []).map((a) => a.code).filter(Boolean))
    const offer = offers.find((o) => o.variant_id === line.variant_id && codes.has(o.promo_code))
    if (offer) units.set(offer.id, (units.get(offer.id) ?? 0) + Number(line.quantity))
  }
  return [...units].map(([session_product_id, quantity]) => ({ session_product_id, quantity }))
}

type ShopperCart = {
  id: string
  email?: string | null
  customer_id?: string | null
  customer?: { id?: string | null } | null
  shipping_address?: { phone?: string | null } | null
}

/**
 * Whom a per-customer limit counts: every identity the cart shows, the customer account, the email (lower-cased)
 * and the mainland mobile number of the shipping address (11 digits, any +86 prefix dropped), so a guest cannot
 * pass the limit with a fresh email while shipping to the same phone. A cart with none of them counts as itself.
 * The first key is the claim's primary one.
 */
export function shopperKeys(cart: ShopperCart): string[] {
  const keys: string[] = []
  const customer = cart.customer?.id ?? cart.customer_id
  if (customer) keys.push(`customer:${customer}`)
  const email = cart.email?.trim().toLowerCase()
  if (email) keys.push(`email:${email}`)
  const mobile = normalizeMobile(cart.shipping_address?.phone)
  if (/^1\d{10}$/.test(mobile)) keys.push(`mobile:+86${mobile}`)
  return keys.length ? keys : [`cart:${cart.id}`]
}

/** The promotion codes on a cart's lines, deduplicated. */
export function lineCodes(lines: readonly CartLine[]): string[] {
  return [...new Set(lines.flatMap((l) => (l.adjustments ?? []).map((a) => a.code)).filter((c): c is string => !!c))]
}
