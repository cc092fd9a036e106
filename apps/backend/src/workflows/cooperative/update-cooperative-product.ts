import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createAndLinkProductOptionsToProductWorkflow,
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { fenToYuanString } from "@fengshou/relief-core"
import { productImages, type NewVariant } from "./create-cooperative-product"
import { SIZE_OPTION } from "./size-option"
import { checkProductEditStep } from "./steps/check-product-edit"
import { getOwnProductStep } from "./steps/get-own-product"
import { guardStockAboveReservedStep } from "./steps/guard-stock-above-reserved"
import { setProductBenefitStep, type ProductBenefitOverride } from "./steps/set-product-benefit"
import { upsertEnglishTranslationStep } from "./steps/upsert-english-translation"

type TextPatch = { title?: string; subtitle?: string | null; description?: string | null }

export type UpdateCooperativeProductInput = {
  cooperative_id: string
  product_id: string
  zh?: TextPatch
  en?: TextPatch
  /** archived: Medusa's draft plus metadata archived_at (ISO); draft or published clears archived_at. */
  status?: "draft" | "published" | "archived"
  cold_chain?: boolean
  /** null: no category. */
  category_id?: string | null
  /** Replaces the photos in display order; the first is the thumbnail. */
  images?: string[]
  new_variants?: NewVariant[]
  variants?: {
    id: string
    title?: string
    price_fen?: number
    /** Medusa's variant weight, whole grams. */
    weight_g?: number
    stock?: number
    /** Variant metadata low_stock_threshold; null clears it. */
    low_stock_threshold?: number | null
    /** Variant metadata live_floor_fen (lib/livestream/reprice.ts); null clears it. */
    live_floor_fen?: number | null
    /** Variant metadata live_cap_max (lib/livestream/consent.ts); null clears it. */
    live_cap_max?: number | null
  }[]
  benefit_override?: ProductBenefitOverride | null
}

/** Edits a cooperative's own product: zh text and status, en translation, variant prices (fen) and stock. */
export const updateCooperativeProductWorkflow = createWorkflow(
  "update-cooperative-product",
  (input: UpdateCooperativeProductInput) => {
    const own = getOwnProductStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        product_id: input.product_id,
        variant_ids: (input.variants ?? []).map((v) => v.id),
      })),
    )
    const stockUpdates = transform({ input, own }, ({ input, own }) =>
      (input.variants ?? []).flatMap((v) => {
        const itemId = own.variants.find((o) => o.id === v.id)?.inventory_item_id
        return v.stock !== undefined && itemId
          ? [{ inventory_item_id: itemId, location_id: own.location_id, stocked_quantity: v.stock }]
          : []
      }),
    )
    // Checked before any write so a refused stock leaves the product as it was.
    guardStockAboveReservedStep(
      transform({ stockUpdates, own }, ({ stockUpdates, own }) => ({
        updates: stockUpdates,
        titles: Object.fromEntries(
          own.variants.flatMap((v) => (v.inventory_item_id ? [[v.inventory_item_id, v.title]] : [])),
        ) as Record<string, string | null>,
      })),
    )
    const checked = checkProductEditStep(
      transform({ input, own }, ({ input, own }) => ({
        own,
        category_id: input.category_id,
        cold_chain: input.cold_chain,
        new_variant_titles: (input.new_variants ?? []).map((v) => v.title),
        // A form that sends the weight unchanged with a new price is not a reweighing.
        reweighed_variant_ids: (input.variants ?? []).flatMap((v) =>
          v.weight_g !== undefined && v.weight_g !== own.variants.find((o) => o.id === v.id)?.weight ? [v.id] : [],
        ),
      })),
    )
    const productUpdate = transform({ input, own, checked }, ({ input, own, checked }) => {
      const metadata: Record<string, unknown> = {}
      if (input.cold_chain !== undefined) metadata.cold_chain = input.cold_chain
      // Archive is a draft that says when: the store, search and the cooperative's page only show published ones.
      if (input.status) metadata.archived_at = input.status === "archived" ? new Date().toISOString() : null
      const update: Record<string, unknown> = {
        ...(input.zh ?? {}),
        ...(input.status ? { status: input.status === "published" ? "published" : "draft" } : {}),
        // Written whole (existing keys kept): the product module replaces a product's metadata on update.
        ...(Object.keys(metadata).length ? { metadata: { ...(own.metadata ?? {}), ...metadata } } : {}),
        ...(input.images ? productImages(input.images) : {}),
        ...(input.category_id !== undefined ? { category_ids: input.category_id ? [input.category_id] : [] } : {}),
        ...(checked.shipping_profile_id ? { shipping_profile_id: checked.shipping_profile_id } : {}),
      }
      return update
    })
    when({ productUpdate }, ({ productUpdate }) => Object.keys(productUpdate).length > 0).then(() =>
      updateProductsWorkflow.runAsStep({
        input: transform({ input, productUpdate }, ({ input, productUpdate }) => ({
          selector: { id: input.product_id },
          update: productUpdate,
        })),
      }),
    )
    when({ input }, ({ input }) => Boolean(input.new_variants?.length)).then(() => {
      // A new size is a new value of the size option, linked to this product, then a variant on it with its stock.
      createAndLinkProductOptionsToProductWorkflow.runAsStep({
        input: transform({ input, own }, ({ input, own }) => ({
          product_id: input.product_id,
          update: [
            {
              product_option_id: own.size_option_id!,
              add: (input.new_variants ?? []).map((v) => ({ value: v.title })),
            },
          ],
        })),
      })
      const created = createProductVariantsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          product_variants: (input.new_variants ?? []).map((v) => ({
            product_id: input.product_id,
            title: v.title,
            sku: v.sku ?? undefined,
            weight: v.weight_g,
            manage_inventory: true,
            options: { [SIZE_OPTION]: v.title },
            prices: [{ currency_code: "cny", amount: Number(fenToYuanString(v.price_fen)) }],
          })),
        })),
      })
      const { data: createdItems } = useQueryGraphStep({
        entity: "product_variant",
        fields: ["id", "title", "inventory_items.inventory_item_id"],
        filters: transform({ created }, ({ created }) => ({ id: created.map((v) => v.id) })),
      }).config({ name: "get-added-variant-inventory" })
      createInventoryLevelsWorkflow.runAsStep({
        input: transform({ input, own, createdItems }, ({ input, own, createdItems }) => ({
          inventory_levels: createdItems.flatMap((variant) => {
            const itemId = variant.inventory_items?.[0]?.inventory_item_id
            const stock = (input.new_variants ?? []).find((v) => v.title === variant.title)?.stock ?? 0
            return itemId ? [{ inventory_item_id: itemId, location_id: own.location_id, stocked_quantity: stock }] : []
          }),
        })),
      })
    })
    const variantUpdates = transform({ input, own }, ({ input, own }) =>
      (input.variants ?? [])
        .filter(
          (v) =>
            v.title !== undefined ||
            v.price_fen !== undefined ||
            v.weight_g !== undefined ||
            v.low_stock_threshold !== undefined ||
            v.live_floor_fen !== undefined ||
            v.live_cap_max !== undefined,
        )
        .map((v) => ({
          id: v.id,
          ...(v.low_stock_threshold !== undefined || v.live_floor_fen !== undefined || v.live_cap_max !== undefined
            ? {
                metadata: {
                  ...(own.variants.find((o) => o.id === v.id)?.metadata ?? {}),
                  ...(v.low_stock_threshold !== undefined ? { low_stock_threshold: v.low_stock_threshold } : {}),
                  ...(v.live_floor_fen !== undefined ? { live_floor_fen: v.live_floor_fen } : {}),
                  ...(v.live_cap_max !== undefined ? { live_cap_max: v.live_cap_max } : {}),
                },
              }
            : {}),
          ...(v.title !== undefined ? { title: v.title } : {}),
          ...(v.weight_g !== undefined ? { weight: v.weight_g } : {}),
          ...(v.price_fen !== undefined
            ? { prices: [{ currency_code: "cny", amount: Number(fenToYuanString(v.price_fen)) }] }
            : {}),
        })),
    )
    when({ variantUpdates }, ({ variantUpdates }) => variantUpdates.length > 0).then(() =>
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ variantUpdates }, ({ variantUpdates }) => ({ product_variants: variantUpdates })),
      }),
    )
    when({ stockUpdates }, ({ stockUpdates }) => stockUpdates.length > 0).then(() =>
      updateInventoryLevelsWorkflow.runAsStep({
        input: transform({ stockUpdates }, ({ stockUpdates }) => ({ updates: stockUpdates })),
      }),
    )
    upsertEnglishTranslationStep(
      transform({ input }, ({ input }) => ({
        reference: "product",
        reference_id: input.product_id,
        fields: { ...(input.en ?? {}) } as Record<string, string | null | undefined>,
      })),
    )
    setProductBenefitStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        product_id: input.product_id,
        override: input.benefit_override,
      })),
    )
    return new WorkflowResponse({ id: input.product_id })
  },
)
