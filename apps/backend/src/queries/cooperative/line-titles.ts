import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ENGLISH } from "../../lib/english"

/** The cooperative portal's languages (`?lang=`, like the official's routes): zh is the stored value, en translated. */
export const PORTAL_LANGS = ["zh", "en"] as const
export type PortalLang = (typeof PORTAL_LANGS)[number]

/** `?lang=` of a cooperative read, zh when absent; anything else is a 400 naming the accepted values. */
export function portalLang(query: Record<string, unknown> | undefined): PortalLang {
  const lang = query?.lang
  if (lang === undefined || lang === "") return "zh"
  if (typeof lang === "string" && (PORTAL_LANGS as readonly string[]).includes(lang)) return lang as PortalLang
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `lang must be one of ${PORTAL_LANGS.join(", ")}`)
}

type Line = {
  product_id?: string | null
  variant_id?: string | null
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
}
export type LineTitle = { title: string; variant_title: string | null }

type Translated = Record<string, string | null | undefined>

/**
 * Titles of order lines in the portal's language, whatever language the shopper bought in: the product's and
 * variant's current zh title (en: their English translation, falling back to zh), found by product_id/variant_id.
 * A line whose product or variant is gone keeps the title stored on it.
 */
export async function lineTitles(container: MedusaContainer, lines: Line[], lang: PortalLang) {
  const productIds = [...new Set(lines.map((l) => l.product_id).filter((id): id is string => !!id))]
  const variantIds = [...new Set(lines.map((l) => l.variant_id).filter((id): id is string => !!id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [products, variants] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })
      : { data: [] },
    variantIds.length
      ? query.graph({ entity: "product_variant", fields: ["id", "title"], filters: { id: variantIds } })
      : { data: [] },
  ])
  const productTitle = new Map((products.data as { id: string; title: string }[]).map((p) => [p.id, p.title]))
  const variantTitle = new Map(
    (variants.data as { id: string; title: string | null }[]).map((v) => [v.id, v.title ?? null]),
  )
  if (lang === "en") {
    const translation = container.resolve(Modules.TRANSLATION)
    const [productEn, variantEn] = await Promise.all([
      productIds.length
        ? translation.listTranslations({ reference: "product", reference_id: productIds, locale_code: ENGLISH })
        : [],
      variantIds.length
        ? translation.listTranslations({
            reference: "product_variant",
            reference_id: variantIds,
            locale_code: ENGLISH,
          })
        : [],
    ])
    for (const t of productEn) {
      const title = (t.translations as Translated | null)?.title
      if (title && productTitle.has(t.reference_id)) productTitle.set(t.reference_id, title)
    }
    for (const t of variantEn) {
      const title = (t.translations as Translated | null)?.title
      if (title && variantTitle.has(t.reference_id)) variantTitle.set(t.reference_id, title)
    }
  }
  return (line: Line): LineTitle => ({
    title: (line.product_id ? productTitle.get(line.product_id) : undefined) ?? line.product_title ?? line.title ?? "",
    variant_title:
      (line.variant_id && variantTitle.has(line.variant_id) ? variantTitle.get(line.variant_id) : undefined) ??
      line.variant_title ??
      null,
  })
}
