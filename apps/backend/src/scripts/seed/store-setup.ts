import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createDefaultsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const STORE_NAME = "丰收 Fengshou"
export const SALES_CHANNEL_NAME = "丰收商城"
export const REGION_NAME = "中国大陆"
export const PUBLISHABLE_KEY_TITLE = "丰收商城 storefront"

/** Store currency and locales, the web sales channel, the mainland-China region and its tax region. */
export async function ensureStoreSetup(container: MedusaContainer) {
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)

  // Medusa makes its default store when the server first starts; a seed run from `db:migrate`
  // comes before that, so it makes the defaults itself (the workflow skips what exists).
  let [store] = await storeModule.listStores({}, { take: 1 })
  if (!store) {
    await createDefaultsWorkflow(container).run()
    ;[store] = await storeModule.listStores({}, { take: 1 })
  }
  if (!store) throw new Error("Medusa has no store row even after creating the defaults.")

  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "The Fengshou web storefront" }] },
    })
    salesChannel = result[0]!
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [{ currency_code: "cny", is_default: true, is_tax_inclusive: true }],
        supported_locales: [{ locale_code: "zh-CN" }, { locale_code: "en-US" }],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  // Every payment provider this install has configured (the system provider always; Stripe when
  // STRIPE_API_KEY is set) is offered in the region, also when a provider is added after the first seed.
  const providers = await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })
  const paymentProviders = providers.map((p) => p.id)

  let [region] = await regionModule.listRegions({ name: REGION_NAME })
  if (region) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: paymentProviders } },
    })
  } else {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "cny",
            countries: ["cn"],
            is_tax_inclusive: true,
            automatic_taxes: true,
            payment_providers: paymentProviders,
          },
        ],
      },
    })
    region = result[0]!
  }

  const taxRegions = await taxModule.listTaxRegions({ country_code: "cn" })
  if (!taxRegions.some((t) => !t.parent_id)) {
    // Cooperatives selling their members' own produce are exempt from VAT (财税〔2008〕81号),
    // so the default rate is 0 and the shelf price is the whole price.
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "cn",
          provider_id: "tp_system",
          default_tax_rate: { name: "农民专业合作社自产农产品免征增值税", code: "CN-COOP-EXEMPT", rate: 0 },
        },
      ],
    })
  }

  return { store, salesChannel, region }
}

/** The storefront's publishable API key, scoped to the web sales channel. */
export async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at"],
    filters: { type: "publishable", title: PUBLISHABLE_KEY_TITLE },
  })
  const existing = data.find((k) => !k.revoked_at)
  let key: { id: string; token: string }
  if (existing) {
    key = { id: existing.id, token: existing.token }
  } else {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = { id: result[0]!.id, token: result[0]!.token }
  }
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  return { id: key.id, token: key.token }
}
