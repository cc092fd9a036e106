import type { Locale } from "@/i18n/routing"
import type { CooperativeProduct } from "@/lib/data/cooperative-products"

/** variant id → "昌盛小米 · 2.5 kg" (English title in English when the product has one). */
export function variantLabels(products: CooperativeProduct[], locale: Locale): Map<string, string> {
  const labels = new Map<string, string>()
  for (const p of products) {
    const title = locale === "en" ? (p.title_en ?? p.title_zh) : p.title_zh
    for (const v of p.variants) labels.set(v.id, v.title ? `${title} · ${v.title}` : title)
  }
  return labels
}
