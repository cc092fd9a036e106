// A started live session with one capped offer and a cart link, written straight through the modules (the host
// console's own routes are tested in live-host.topic.ts); the offer's live price is a real Medusa promotion.
import { randomBytes } from "node:crypto"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../src/modules/livestream"
import type LivestreamModuleService from "../../src/modules/livestream/service"
import { seedDemoData } from "../../src/scripts/seed/index"

export type LiveFixture = {
  hostId: string
  sessionId: string
  offerId: string
  variantId: string
  code: string
  promoCode: string
}

export async function liveFixture(
  container: MedusaContainer,
  opts: { handle: string; livePriceFen: number; cap: number; limit: number; rateBps: number },
): Promise<LiveFixture> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "variants.id",
      "variants.title",
      "variants.prices.amount",
      "variants.prices.currency_code",
    ],
    filters: { handle: opts.handle },
  })
  const product = data[0] as unknown as {
    id: string
    title: string
    handle: string
    variants: { id: string; title: string; prices: { amount: number; currency_code: string }[] }[]
  }
  const variant = product.variants[0]!
  const baseFen = Math.round(Number(variant.prices.find((p) => p.currency_code === "cny")!.amount) * 100)
  const promoCode = `LIVE-${randomBytes(5).toString("hex").toUpperCase()}`
  const [promotion] = await container.resolve<IPromotionModuleService>(Modules.PROMOTION).createPromotions([
    {
      code: promoCode,
      type: "standard",
      status: "active",
      is_automatic: false,
      application_method: {
        type: "fixed",
        target_type: "items",
        allocation: "each",
        value: (baseFen - opts.livePriceFen) / 100,
        currency_code: "cny",
        max_quantity: opts.limit,
        target_rules: [{ attribute: "items.variant_id", operator: "in", values: [variant.id] }],
      },
    },
  ])
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const suffix = randomBytes(4).toString("hex")
  const host = await live.createHosts({
    name: "测试主播",
    email: `host-${suffix}@example.cn`,
    handles: { douyin: "test" },
    commission_rate_bps: opts.rateBps,
    status: "approved",
  })
  const session = await live.createLiveSessions({
    title: "测试直播",
    platform: "douyin",
    scheduled_start_at: new Date(),
    started_at: new Date(),
    host_id: host.id,
  })
  const offer = await live.createSessionProducts({
    session_id: session.id,
    product_id: product.id,
    variant_id: variant.id,
    product_title: product.title,
    variant_title: variant.title,
    product_handle: product.handle,
    base_price_fen: baseFen,
    live_price_fen: opts.livePriceFen,
    stock_cap: opts.cap,
    per_customer_limit: opts.limit,
    promotion_id: promotion!.id,
    promo_code: promoCode,
  })
  const code = randomBytes(5).toString("hex").toUpperCase()
  await live.createCartLinks({
    code,
    session_id: session.id,
    items: [{ session_product_id: offer.id, quantity: 1 }] as unknown as Record<string, unknown>,
    expires_at: new Date(Date.now() + 86_400_000),
  })
  return { hostId: host.id, sessionId: session.id, offerId: offer.id, variantId: variant.id, code, promoCode }
}

/**
 * The demo data and one live offer of fresh morels (¥79.00 live, 5 % commission unless given), for a spec's beforeAll:
 * the store's publishable-key headers and the fixture.
 */
export async function seededLiveFixture(
  container: MedusaContainer,
  opts: { cap: number; limit: number; livePriceFen?: number; rateBps?: number },
): Promise<{ store: { headers: Record<string, string> }; fx: LiveFixture }> {
  const seeded = await seedDemoData(container, { staticDir: mkdtempSync(path.join(tmpdir(), "fengshou-static-")) })
  const fx = await liveFixture(container, { handle: "fresh-morels", livePriceFen: 7900, rateBps: 500, ...opts })
  return { store: { headers: { "x-publishable-api-key": seeded.publishableKey } }, fx }
}
