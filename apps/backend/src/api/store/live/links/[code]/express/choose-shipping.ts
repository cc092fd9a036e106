import { MedusaError } from "@medusajs/framework/utils"

/** A shipping option as listShippingOptionsForCartWorkflow returns it (flat price in yuan as `amount`). */
export type CartShippingOption = {
  id: string
  shipping_profile_id: string
  amount?: unknown
  insufficient_inventory?: boolean
}

/**
 * The shipping methods an express cart gets: one per shipping profile of its goods (快递 for ambient, 冷链 for
 * cold-chain; Medusa keeps one method per profile), the cheapest of each unless the shopper named one. An option
 * whose own stock location lacks the goods comes last, not never: Medusa sets `insufficient_inventory` per option's
 * location, while the cooperatives' stock sits at their own locations and completion reserves it there.
 */
export function chooseShipping(options: readonly CartShippingOption[], wanted?: string): string[] {
  if (wanted && !options.some((o) => o.id === wanted)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `shipping_option_id ${wanted} is not offered for this cart and address; leave it out to take the cheapest.`,
    )
  }
  const rank = (o: CartShippingOption) => [
    o.insufficient_inventory ? 1 : 0,
    o.amount == null ? Infinity : Number(o.amount),
  ]
  const better = (a: CartShippingOption, b: CartShippingOption) => {
    const [ra, rb] = [rank(a), rank(b)]
    return ra[0]! < rb[0]! || (ra[0] === rb[0] && ra[1]! < rb[1]!)
  }
  const chosen = new Map<string, CartShippingOption>()
  for (const option of options) {
    const best = chosen.get(option.shipping_profile_id)
    if (!best || better(option, best)) chosen.set(option.shipping_profile_id, option)
  }
  const named = options.find((o) => o.id === wanted)
  if (named) chosen.set(named.shipping_profile_id, named)
  if (!chosen.size) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "No shipping option delivers these goods to this address; check the address or ask the host.",
    )
  }
  return [...chosen.values()].map((o) => o.id)
}
