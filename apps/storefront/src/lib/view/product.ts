// The one boundary between Medusa's wire types and what the UI renders.
import { yuanToFen } from "@fengshou/relief-core"
import type { Certification, ProductCooperative } from "@fengshou/store-contract"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@/i18n/routing"
import { toCertificationView, toProvenance, type CertificationView, type ProvenanceView } from "./cooperative"
import { formatFen } from "./money"
import { formatUnitPrice, formatWeight, type WeightView } from "./weight"

type WirePrice = Pick<HttpTypes.StoreCalculatedPrice, "calculated_amount" | "currency_code">
type WireVariant = Pick<HttpTypes.StoreProductVariant, "id" | "title" | "weight"> & {
  calculated_price?: WirePrice | null
}
type WireCategory = Pick<HttpTypes.StoreProductCategory, "id" | "name">
export type WireProduct = Pick<
  HttpTypes.StoreProduct,
  "id" | "handle" | "title" | "subtitle" | "description" | "thumbnail"
> & {
  created_at?: string | Date | null
  categories?: WireCategory[] | null
  variants: WireVariant[] | null
  cooperative?: ProductCooperative | null
  metadata?: Record<string, unknown> | null
  images?: { url?: string | null }[] | null
  /** Only when the read asked for `certifications` (GET /store/products adds them, already parsed by lib/data). */
  certifications?: Certification[] | null
}

export type MoneyView = { fen: number; formatted: string }

export type VariantView = {
  id: string
  title: string
  weight: WeightView | null
  price: MoneyView | null
  /** Price per 斤 (zh-CN) or per kg (en); null without both a price and a weight. */
  unitPrice: string | null
}

export type ProductCardView = {
  id: string
  handle: string
  title: string
  /** Where it comes from, e.g. the village and county; Medusa's `subtitle`. */
  origin: string | null
  thumbnail: string | null
  fromPrice: MoneyView | null
  /** ISO time the product was listed, for "newest first"; null when Medusa did not send it. */
  createdAt: string | null
  /** Fresh goods shipped by 冷链 (the seed's `metadata.cold_chain`). */
  coldChain: boolean
  /** The grower's handle and province (first two digits of its GB/T 2260 code), when the read asked for them. */
  grower: ProductOriginView | null
}

export type ProductOriginView = { cooperativeHandle: string; provinceCode: string | null; province: string | null }

export type ProductView = ProductCardView & {
  description: string | null
  categories: string[]
  variants: VariantView[]
  /** Who grew it; null when Medusa was not asked for `cooperative.*` or the product has no cooperative. */
  cooperative: ProvenanceView | null
  /** Every image URL, the thumbnail first; a gallery shows when there are several. */
  images: string[]
  /** Its certificates and its lots', with validity; empty unless the read asked for them. */
  certifications: CertificationView[]
}

function toMoney(price: WirePrice | null | undefined): MoneyView | null {
  // Prices are only shown in the CNY region; any other currency means the region lookup went wrong.
  if (price?.calculated_amount == null || price.currency_code?.toLowerCase() !== "cny") return null
  const fen = yuanToFen(price.calculated_amount)
  return { fen, formatted: formatFen(fen) }
}

function toVariant(variant: WireVariant, locale: Locale): VariantView {
  const price = toMoney(variant.calculated_price)
  const grams = variant.weight != null && variant.weight > 0 ? Math.round(variant.weight) : null
  return {
    id: variant.id,
    title: variant.title ?? "",
    weight: grams ? formatWeight(grams, locale) : null,
    price,
    unitPrice: price && grams ? formatUnitPrice(price.fen, grams, locale) : null,
  }
}

// Lightest first, so "2.5 kg" comes before "5 kg"; variants without a weight go last.
const byWeight = (a: VariantView, b: VariantView) =>
  (a.weight?.grams ?? Number.MAX_SAFE_INTEGER) - (b.weight?.grams ?? Number.MAX_SAFE_INTEGER)

function lowestPrice(variants: VariantView[]): MoneyView | null {
  return variants.reduce<MoneyView | null>(
    (lowest, { price }) => (price && (!lowest || price.fen < lowest.fen) ? price : lowest),
    null,
  )
}

function toOrigin(coop: ProductCooperative | null | undefined): ProductOriginView | null {
  if (!coop?.handle) return null
  const code = coop.division_code && /^\d{2}/.test(coop.division_code) ? coop.division_code.slice(0, 2) : null
  return { cooperativeHandle: coop.handle, provinceCode: code, province: coop.region?.province || null }
}

function imageUrls(product: WireProduct): string[] {
  const urls = [product.thumbnail, ...(product.images ?? []).map((image) => image.url)]
  return [...new Set(urls.filter((url): url is string => Boolean(url)))]
}

export function toProductView(product: WireProduct, locale: Locale): ProductView {
  const variants = (product.variants ?? []).map((variant) => toVariant(variant, locale)).sort(byWeight)
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    origin: product.subtitle || null,
    thumbnail: product.thumbnail || null,
    createdAt: product.created_at ? new Date(product.created_at).toISOString() : null,
    description: product.description || null,
    categories: (product.categories ?? []).map((category) => category.name),
    variants,
    fromPrice: lowestPrice(variants),
    cooperative: toProvenance(product.cooperative, locale),
    images: imageUrls(product),
    coldChain: product.metadata?.cold_chain === true,
    grower: toOrigin(product.cooperative),
    certifications: (product.certifications ?? []).map((c) => toCertificationView(c, locale)),
  }
}

export function toProductCard(product: WireProduct, locale: Locale): ProductCardView {
  const { id, handle, title, origin, thumbnail, fromPrice, createdAt, coldChain, grower } = toProductView(
    product,
    locale,
  )
  return { id, handle, title, origin, thumbnail, fromPrice, createdAt, coldChain, grower }
}
