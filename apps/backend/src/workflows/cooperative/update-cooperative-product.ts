import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { fenToYuanString } from "@fengshou/relief-core"
import { getOwnProductStep } from "./steps/get-own-product"
import { setProductBenefitStep, type ProductBenefitOverride } from "./steps/set-product-benefit"
import { upsertEnglishTranslationStep } from "./steps/upsert-english-translation"

type TextPatch = { title?: string; subtitle?: string | null; description?: string | null }

export type UpdateCooperativeProductInput = {
  cooperative_id: string
  product_id: string
  zh?: TextPatch
  en?: TextPatch
  status?: "draft" | "published"
  variants?: { id: string; title?: string; price_fen?: number; stock?: number }[]
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
    when({ input }, ({ input }) => Boolean(input.status || input.zh)).then(() =>
      updateProductsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          selector: { id: input.product_id },
          update: { ...(input.zh ?? {}), ...(input.status ? { status: input.status } : {}) } as Record<string, unknown>,
        })),
      }),
    )
    const variantUpdates = transform({ input }, ({ input }) =>
      (input.variants ?? [])
        .filter((v) => v.title !== undefined || v.price_fen !== undefined)
        .map((v) => ({
          id: v.id,
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
    const stockUpdates = transform({ input, own }, ({ input, own }) =>
      (input.variants ?? []).flatMap((v) => {
        const itemId = own.variants.find((o) => o.id === v.id)?.inventory_item_id
        return v.stock !== undefined && itemId
          ? [{ inventory_item_id: itemId, location_id: own.location_id, stocked_quantity: v.stock }]
          : []
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
