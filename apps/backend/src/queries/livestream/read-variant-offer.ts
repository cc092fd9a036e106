import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { yuanToFen } from "@fengshou/relief-core"

export type VariantOffer = {
  variant_id: string
  variant_title: string
  product_id: string
  product_title: string
  product_handle: string
  thumbnail: string | null
  product_status: string
  /** The shelf price a CNY cart pays now, fen; null when the variant has no CNY price. */
  base_price_fen: number | null
  /** The variant's metadata: the cooperative's live floor and cap (lib/livestream/reprice.ts, consent.ts). */
  metadata: Record<string, unknown> | null
}

type VariantRow = {
  id: string
  title: string | null
  metadata?: Record<string, unknown> | null
  product?: { id: string; title: string; handle: string; thumbnail: string | null; status: string } | null
  calculated_price?: { calculated_amount: number | string | null } | null
}

/**
 * A variant as a live offer starts from: titles, handle, thumbnail and the calculated CNY price in the store's CNY
 * region (what a cart there is charged, price lists included), converted once to fen. Null for an unknown variant.
 */
export async function readVariantOffer(container: MedusaContainer, variantId: string): Promise<VariantOffer | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "cny" } })
  const context = {
    calculated_price: QueryContext({ currency_code: "cny", ...(regions[0] ? { region_id: regions[0].id } : {}) }),
  }
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "metadata",
      "product.id",
      "product.title",
      "product.handle",
      "product.thumbnail",
      "product.status",
      "calculated_price.*",
    ],
    filters: { id: variantId },
    context,
  })
  const variant = data[0] as VariantRow | undefined
  if (!variant?.product) return null
  const amount = variant.calculated_price?.calculated_amount
  return {
    variant_id: variant.id,
    variant_title: variant.title ?? "",
    product_id: variant.product.id,
    product_title: variant.product.title,
    product_handle: variant.product.handle,
    thumbnail: variant.product.thumbnail ?? null,
    product_status: variant.product.status,
    metadata: variant.metadata ?? null,
    base_price_fen: amount === null || amount === undefined ? null : yuanToFen(String(amount)),
  }
}
