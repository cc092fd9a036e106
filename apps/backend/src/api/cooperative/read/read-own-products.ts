import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { yuanToFen } from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { ENGLISH } from "../../../lib/english"
import { capMaxOf } from "../../../lib/livestream/consent"
import { floorOf } from "../../../lib/livestream/reprice"

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type Row = {
  id: string
  handle: string
  status: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images?: { id: string; url: string; rank?: number | null }[] | null
  metadata: Record<string, unknown> | null
  categories?: { id: string }[] | null
  variants: {
    id: string
    title: string | null
    sku: string | null
    weight: number | null
    metadata?: Record<string, unknown> | null
    prices?: { amount: number | string; currency_code: string }[] | null
    inventory_items?: { inventory?: { location_levels?: Level[] | null } | null }[] | null
  }[]
}

const FIELDS = [
  "id",
  "handle",
  "status",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "images.id",
  "images.url",
  "images.rank",
  "metadata",
  "categories.id",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.weight",
  "variants.metadata",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** Variant metadata low_stock_threshold when it is a whole number ≥ 0, else null. */
function lowStockThreshold(metadata: Record<string, unknown> | null | undefined): number | null {
  const t = metadata?.low_stock_threshold
  return typeof t === "number" && Number.isInteger(t) && t >= 0 ? t : null
}

/**
 * The cooperative's products as the portal shows them: zh fields as stored, en from the Translation Module,
 * prices in fen (converted once from Medusa's yuan) and stock at the cooperative's own location.
 */
export async function readOwnProducts(
  container: MedusaContainer,
  cooperativeId: string,
  productIds: string[],
  locationId: string | null,
) {
  if (!productIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: productIds } })
  const rows = data as unknown as Row[]
  const translations = await container.resolve(Modules.TRANSLATION).listTranslations({
    reference: "product",
    reference_id: productIds,
    locale_code: ENGLISH,
  })
  const benefits = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listProductBenefits({ cooperative_id: cooperativeId, product_id: productIds })
  return productIds.flatMap((id) => {
    const p = rows.find((r) => r.id === id)
    if (!p) return []
    const en = (translations.find((t) => t.reference_id === id)?.translations ?? {}) as Record<string, string | null>
    const benefit = benefits.find((b) => b.product_id === id)
    return [
      {
        id: p.id,
        handle: p.handle,
        status: p.status,
        archived_at: typeof p.metadata?.archived_at === "string" ? p.metadata.archived_at : null,
        cold_chain: Boolean(p.metadata?.cold_chain),
        title_zh: p.title,
        subtitle_zh: p.subtitle,
        description_zh: p.description,
        title_en: en.title ?? null,
        subtitle_en: en.subtitle ?? null,
        description_en: en.description ?? null,
        thumbnail: p.thumbnail,
        // Display order is the images' rank (set from the order they were sent in).
        images: [...(p.images ?? [])]
          .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
          .map((i) => ({ id: i.id, url: i.url })),
        category_ids: (p.categories ?? []).map((c) => c.id),
        benefit_override: benefit
          ? {
              benefit_mechanisms: benefit.benefit_mechanisms,
              dividend_bps: benefit.dividend_bps,
              collective_bps: benefit.collective_bps,
            }
          : null,
        variants: p.variants.map((v) => {
          const price = (v.prices ?? []).find((x) => x.currency_code === "cny")
          const level = (v.inventory_items ?? [])
            .flatMap((i) => i.inventory?.location_levels ?? [])
            .find((l) => l.location_id === locationId)
          const stocked = Number(level?.stocked_quantity ?? 0)
          const reserved = Number(level?.reserved_quantity ?? 0)
          return {
            id: v.id,
            title: v.title,
            sku: v.sku,
            weight_g: v.weight,
            price_fen: price ? yuanToFen(String(price.amount)) : null,
            // Never below 0: stock set under the reserved count (refused since #15) sells nothing.
            stock: { stocked, reserved, available: Math.max(0, stocked - reserved) },
            low_stock_threshold: lowStockThreshold(v.metadata),
            live_floor_fen: floorOf(v.metadata),
            live_cap_max: capMaxOf(v.metadata),
          }
        }),
      },
    ]
  })
}
