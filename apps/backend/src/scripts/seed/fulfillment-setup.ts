import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COLD_CHAIN_PROFILE_TYPE, type ShippingNeed } from "../../lib/shipping-needs"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const STOCK_LOCATION_NAME = "丰收集配仓"
const FULFILLMENT_SET_NAME = "丰收集配仓 配送"
export const COLD_CHAIN_PROFILE_NAME = "冷链"

type ShippingSpec = {
  name: string
  code: string
  label: string
  description: string
  price: number
  profileId: string
  needs: ShippingNeed
}

/**
 * One stock location with a mainland-China service zone, the default shipping profile plus a cold-chain
 * profile, and the shipping options 快递 and 冷链. Each option carries a rule on what the cart needs
 * (see workflows/hooks/shipping-options-context.ts), so a cart only sees 冷链 when it holds cold-chain goods.
 */
export async function ensureFulfillmentSetup(container: MedusaContainer, storeId: string, salesChannelId: string) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)

  let [location] = await stockLocations.listStockLocations({ name: STOCK_LOCATION_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: { country_code: "CN", province: "黑龙江省", city: "绥化市", address_1: "青冈县昌盛镇" },
          },
        ],
      },
    })
    location = result[0]!
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await updateStoresWorkflow(container).run({
      input: { selector: { id: storeId }, update: { default_location_id: location.id } },
    })
  }
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })

  const defaultProfile = await ensureProfile(container, "默认", "default")
  const coldChainProfile = await ensureProfile(container, COLD_CHAIN_PROFILE_NAME, COLD_CHAIN_PROFILE_TYPE)

  let [fulfillmentSet] = await fulfillment.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ["service_zones"] },
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: [{ name: "中国大陆", geo_zones: [{ type: "country", country_code: "cn" }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const serviceZoneId = fulfillmentSet.service_zones[0]!.id

  const specs: ShippingSpec[] = [
    {
      name: "快递",
      code: "standard",
      label: "快递",
      description: "常温快递，2–4天送达",
      price: 8,
      profileId: defaultProfile.id,
      needs: "needs_standard",
    },
    {
      name: "冷链",
      code: "cold-chain",
      label: "冷链",
      description: "冷链配送，24–48小时送达",
      price: 25,
      profileId: coldChainProfile.id,
      needs: "needs_cold_chain",
    },
  ]
  const existing = await fulfillment.listShippingOptions({ service_zone: { id: serviceZoneId } })
  const missing = specs.filter((s) => !existing.some((o) => o.name === s.name))
  if (missing.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((s) => ({
        name: s.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: serviceZoneId,
        shipping_profile_id: s.profileId,
        type: { label: s.label, description: s.description, code: s.code },
        prices: [{ currency_code: "cny", amount: s.price }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
          { attribute: s.needs, value: "true", operator: "eq" as const },
        ],
      })),
    })
  }

  return { location, defaultProfile, coldChainProfile }
}

async function ensureProfile(container: MedusaContainer, name: string, type: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [found] = await fulfillment.listShippingProfiles({ type })
  if (found) return found
  const { result } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name, type }] } })
  return result[0]!
}
