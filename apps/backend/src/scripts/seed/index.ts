import { writeFileSync } from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../../env"
import { ensureDir } from "../../lib/data-dir"
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from "./catalog"
import { ensureCooperatives } from "./cooperatives"
import { ensureInstitutionGroup } from "./customer-groups"
import { DEMO_COOPERATIVES } from "./cooperatives-data"
import { demoPassword } from "./demo-password"
import { ensureFulfillmentSetup } from "./fulfillment-setup"
import { ensureDemoHost } from "./hosts"
import { ensureHouseholds } from "./households"
import { writeProductImages } from "./images"
import { ensureDemoCertificates } from "./certificates"
import { ensureLots } from "./lots"
import { ensureOfficials } from "./officials"
import { ensureProductCooperatives } from "./product-cooperatives"
import { ensureCategories, ensureProducts } from "./products"
import { ensurePublishableKey, ensureStoreSetup } from "./store-setup"

export const PUBLISHABLE_KEY_FILE = "publishable-key"

/**
 * Seeds the store, the demo cooperatives (approved, with staff logins, households and lots), the demo
 * catalog, the demo officials and the demo host (a live session and a cart link). Every part looks up what exists
 * first, so running it again creates nothing twice; it always (re)writes the publishable key file the storefront
 * reads in dev.
 */
export async function seedDemoData(container: MedusaContainer, opts: { staticDir?: string } = {}) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  demoPassword() // refuses before anything is written, rather than halfway through
  const { store, salesChannel, region } = await ensureStoreSetup(container)
  const { location, defaultProfile, coldChainProfile } = await ensureFulfillmentSetup(
    container,
    store.id,
    salesChannel.id,
  )
  const key = await ensurePublishableKey(container, salesChannel.id)
  const { cooperatives, created: createdCooperatives } = await ensureCooperatives(container, DEMO_COOPERATIVES)

  const imageUrls = writeProductImages(
    DEMO_PRODUCTS,
    opts.staticDir ?? path.join(process.cwd(), "static"),
    env.MEDUSA_BACKEND_URL,
  )
  const categoryIds = await ensureCategories(container, DEMO_CATEGORIES)
  const { created } = await ensureProducts(container, DEMO_PRODUCTS, categoryIds, {
    salesChannelId: salesChannel.id,
    locationIds: new Map(DEMO_PRODUCTS.map((p) => [p.handle, cooperatives.get(p.cooperative.handle)!.locationId])),
    defaultProfileId: defaultProfile.id,
    coldChainProfileId: coldChainProfile.id,
    imageUrls,
  })

  await ensureProductCooperatives(container, DEMO_PRODUCTS, cooperatives, location.id)
  const households = await ensureHouseholds(container, DEMO_COOPERATIVES, cooperatives)
  const lots = await ensureLots(container, DEMO_PRODUCTS, DEMO_COOPERATIVES, cooperatives)
  await ensureDemoCertificates(container)
  const createdOfficials = await ensureOfficials(container)
  const host = await ensureDemoHost(container)
  await ensureInstitutionGroup(container)

  const keyFile = path.join(ensureDir(env.dataDir), PUBLISHABLE_KEY_FILE)
  writeFileSync(keyFile, key.token + "\n")
  logger.info(
    `Seed: region ${region.name}, ${created} new products, ${createdCooperatives} new cooperatives, ` +
      `${households.created} new households, ${lots.created} new lots, ${createdOfficials} new officials, ${host.created} new hosts; ` +
      `demo cart link code ${host.linkCode ?? "none"} (storefront /l/<code>); publishable key written to ${keyFile}`,
  )
  return {
    regionId: region.id,
    salesChannelId: salesChannel.id,
    publishableKey: key.token,
    createdProducts: created,
    createdCooperatives,
    createdHouseholds: households.created,
    createdLots: lots.created,
    /** The demo host's session and its cart link's code (random per database). */
    demoLiveSessionId: host.sessionId,
    demoCartLinkCode: host.linkCode,
  }
}
