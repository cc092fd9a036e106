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

/** Whom a per-customer limit counts: the customer account, else the email (lower-cased), else the cart itself. */
export function shopperKey(cart: {
  id: string
  email?: string | null
  customer_id?: string | null
  customer?: { id?: string | null } | null
}) {
  const customer = cart.customer?.id ?? cart.customer_id
  if (customer) return `customer:${customer}`
  if (cart.email) return `email:${cart.email.trim().toLowerCase()}`
  return `cart:${cart.id}`
}

/** The promotion codes on a cart's lines, deduplicated. */
export function lineCodes(lines: readonly CartLine[]): string[] {
  return [...new Set(lines.flatMap((l) => (l.adjustments ?? []).map((a) => a.code)).filter((c): c is string => !!c))]
}
