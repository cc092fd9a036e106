import { priceBandOf } from "@fengshou/search-contract"
import { yuanToFen } from "@fengshou/relief-core"
import { pinyinTerms } from "./pinyin-terms"

export type Level = { stocked_quantity?: number | null; reserved_quantity?: number | null }
export type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  thumbnail?: string | null
  created_at: string | Date
  categories?: { id: string; handle: string; name: string }[] | null
  tags?: { value: string }[] | null
  sales_channels?: { id: string }[] | null
  variants?:
    | {
        manage_inventory?: boolean | null
        prices?: { amount: number | string; currency_code: string }[] | null
        inventory_items?: { inventory?: { location_levels?: Level[] | null } | null }[] | null
      }[]
    | null
  cooperative?: {
    handle: string
    name_zh: string
    name_en?: string | null
    division_code?: string | null
    region?: Record<string, string | null> | null
    certifications?:
      | {
          kind: string
          title_zh: string
          title_en?: string | null
          product_id?: string | null
          lot_id?: string | null
        }[]
      | null
  } | null
}

/** English texts from the Translation Module, by product or category id. */
export type English = Map<string, Record<string, string | null | undefined>>

const REGION_LEVELS = ["province", "city", "county", "township", "village"] as const

/** One product as the search index holds it: zh and en texts, pinyin, facets, cheapest price in fen, stock. */
export function toProductDocument(row: ProductRow, english: English, sales: Map<string, number>) {
  const en = english.get(row.id) ?? {}
  const category = row.categories?.[0] ?? null
  const coop = row.cooperative ?? null
  const region = REGION_LEVELS.map((level) => coop?.region?.[level]).filter((n): n is string => !!n)
  // The cooperative's own certificates and this product's; another product's or a lot's does not speak for it.
  const certifications = (coop?.certifications ?? []).filter(
    (c) => !c.lot_id && (!c.product_id || c.product_id === row.id),
  )
  const prices = (row.variants ?? [])
    .flatMap((v) => v.prices ?? [])
    .filter((p) => p.currency_code.toLowerCase() === "cny")
  const priceMin = prices.length ? Math.min(...prices.map((p) => yuanToFen(p.amount))) : null
  const tags = (row.tags ?? []).map((t) => t.value)
  return {
    id: row.id,
    handle: row.handle,
    status: row.status,
    sales_channel_ids: (row.sales_channels ?? []).map((s) => s.id),
    title: row.title,
    title_en: en.title ?? null,
    pinyin_title: pinyinTerms([row.title, category?.name ?? ""].join(" ")).join(" "),
    category: category?.handle ?? null,
    category_name: category?.name ?? null,
    category_name_en: (category && english.get(category.id)?.name) ?? null,
    tags,
    cooperative_handle: coop?.handle ?? null,
    cooperative_name: coop?.name_zh ?? null,
    cooperative_name_en: coop?.name_en ?? null,
    region,
    province_code: coop?.division_code?.slice(0, 2) ?? null,
    pinyin_more: pinyinTerms([coop?.name_zh ?? "", ...region, ...tags].join(" ")).join(" "),
    certifications: [...new Set(certifications.map((c) => c.kind))],
    certification_names: certifications.flatMap((c) => [c.title_zh, c.title_en ?? ""]).filter(Boolean),
    description: [row.subtitle, row.description].filter(Boolean).join(" "),
    description_en: [en.subtitle, en.description].filter(Boolean).join(" ") || null,
    thumbnail: row.thumbnail ?? null,
    price_min_fen: priceMin,
    price_band: priceMin === null ? null : priceBandOf(priceMin),
    in_stock: (row.variants ?? []).some(inStock),
    sales_count: sales.get(row.id) ?? 0,
    created_at: new Date(row.created_at).toISOString(),
  }
}

function inStock(variant: NonNullable<ProductRow["variants"]>[number]): boolean {
  if (variant.manage_inventory === false) return true
  const levels = (variant.inventory_items ?? []).flatMap((i) => i.inventory?.location_levels ?? [])
  return levels.some((l) => (l.stocked_quantity ?? 0) - (l.reserved_quantity ?? 0) > 0)
}
