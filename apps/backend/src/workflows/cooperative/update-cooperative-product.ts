import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { fenToYuanString } from "@fengshou/relief-core"
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
  status?: "draft" | "published"
  variants?: {
    id: string
    title?: string
    price_fen?: number
    stock?: number
    /** Variant metadata low_stock_threshold; null clears it. */
    low_stock_threshold?: number | null
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
    when({ input }, ({ input }) => Boolean(input.status || input.zh)).then(() =>
      updateProductsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          selector: { id: input.product_id },
          update: { ...(input.zh ?? {}), ...(input.status ? { status: input.status } : {}) } as Record<string, unknown>,
        })),
      }),
    )
    const variantUpdates = transform({ input, own }, ({ input, own }) =>
      (input.variants ?? [])
        .filter((v) => v.title !== undefined || v.price_fen !== undefined || v.low_stock_threshold !== undefined)
        .map((v) => ({
          id: v.id,
          ...(v.low_stock_threshold !== undefined
            ? {
                metadata: {
                  ...(own.variants.find((o) => o.id === v.id)?.metadata ?? {}),
                  low_stock_threshold: v.low_stock_threshold,
                },
              }
            : {}),
          ...(v.title !== undefined ? { title: v.title } : {}),
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
