import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { COLD_CHAIN_PROFILE_TYPE, type ShippingNeed } from "../../lib/shipping-needs"

/**
 * Shipping-option rules can only match what is in the context, and Medusa lists every option of the
 * stock location whatever the cart holds. These two attributes let 快递 show only when the cart has
 * ambient goods and 冷链 only when it has cold-chain goods (the seed puts the matching rules on them).
 */
type CartItemProfile = { variant?: { product?: { shipping_profile?: { type?: string } | null } | null } | null }

export async function cartShippingNeeds(
  container: MedusaContainer,
  cartId: string,
): Promise<Record<ShippingNeed, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["items.variant.product.shipping_profile.type"],
    filters: { id: cartId },
  })
  // Typed by hand: the generated query types exist only after `medusa develop` has run once.
  const cart = data[0] as { items?: (CartItemProfile | null)[] | null } | undefined
  const types = (cart?.items ?? []).map((item) => item?.variant?.product?.shipping_profile?.type)
  return {
    needs_standard: String(types.some((t) => t !== COLD_CHAIN_PROFILE_TYPE)),
    needs_cold_chain: String(types.some((t) => t === COLD_CHAIN_PROFILE_TYPE)),
  }
}

listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(async ({ cart }, { container }) => {
  return new StepResponse(await cartShippingNeeds(container, cart.id))
})

listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(async ({ cart }, { container }) => {
  return new StepResponse(await cartShippingNeeds(container, cart.id))
})
