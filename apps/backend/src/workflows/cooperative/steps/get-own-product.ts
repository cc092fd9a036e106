import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SIZE_OPTION } from "../size-option"

export type OwnProduct = {
  product_id: string
  location_id: string
  metadata: Record<string, unknown> | null
  /** The size option (规格) the product's variants hang on; null on a product made elsewhere without one. */
  size_option_id: string | null
  variants: {
    id: string
    title: string | null
    /** Medusa's variant weight (grams here). */
    weight: number | null
    metadata: Record<string, unknown> | null
    inventory_item_id: string | null
  }[]
}

// Another cooperative's product is "not found", like a missing one; variant ids in a body must be the product's.
/** One of the cooperative's own products with its variants' inventory items (read-only). */
export const getOwnProductStep = createStep(
  "get-own-product",
  async (input: { cooperative_id: string; product_id: string; variant_ids?: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "metadata",
        "options.id",
        "options.title",
        "variants.id",
        "variants.title",
        "variants.weight",
        "variants.metadata",
        "variants.inventory_items.inventory_item_id",
        "cooperative.id",
        "cooperative.stock_location.id",
      ],
      filters: { id: input.product_id },
    })
    type Row = {
      id: string
      metadata?: Record<string, unknown> | null
      options?: { id: string; title: string }[] | null
      variants: {
        id: string
        title?: string | null
        weight?: number | null
        metadata?: Record<string, unknown> | null
        inventory_items?: { inventory_item_id: string }[] | null
      }[]
      cooperative?: { id: string; stock_location?: { id: string } | null } | null
    }
    const product = data[0] as Row | undefined
    if (!product || product.cooperative?.id !== input.cooperative_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product ${input.product_id} was not found in your cooperative`,
      )
    }
    const foreign = (input.variant_ids ?? []).filter((id) => !product.variants.some((v) => v.id === id))
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variant ${foreign.join(", ")} is not a variant of product ${product.id}`,
      )
    }
    return new StepResponse<OwnProduct>({
      product_id: product.id,
      location_id: product.cooperative.stock_location?.id ?? "",
      metadata: product.metadata ?? null,
      size_option_id: (product.options ?? []).find((o) => o.title === SIZE_OPTION)?.id ?? null,
      variants: product.variants.map((v) => ({
        id: v.id,
        title: v.title ?? null,
        weight: v.weight == null ? null : Number(v.weight),
        metadata: v.metadata ?? null,
        inventory_item_id: v.inventory_items?.[0]?.inventory_item_id ?? null,
      })),
    })
  },
)
