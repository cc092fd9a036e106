import { MedusaError } from "@medusajs/framework/utils"

/** A shipping option as listShippingOptionsForCartWithPricingWorkflow returns it (its price in yuan as `amount`). */
export type CartShippingOption = { id: string; shipping_profile_id: string; amount?: unknown }

/**
 * The shipping methods an express cart gets: one per shipping profile of its goods (快递 for ambient, 冷链 for
 * cold-chain; Medusa keeps one method per profile), the cheapest of each unless the shopper named one. Options are
 * offered by the platform's one location and priced by Medusa for this cart and address (ARCHITECTURE.md, shipping).
 */
export function chooseShipping(options: readonly CartShippingOption[], wanted?: string): string[] {
  if (wanted && !options.some((o) => o.id === wanted)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `shipping_option_id ${wanted} is not offered for this cart and address; leave it out to take the cheapest.`,
    )
  }
  const price = (o: CartShippingOption) => (o.amount == null ? Infinity : Number(o.amount))
  const chosen = new Map<string, CartShippingOption>()
  for (const option of options) {
    const best = chosen.get(option.shipping_profile_id)
    if (!best || price(option) < price(best)) chosen.set(option.shipping_profile_id, option)
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
