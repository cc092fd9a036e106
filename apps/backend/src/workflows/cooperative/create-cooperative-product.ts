import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { fenToYuanString } from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { prepareCooperativeProductStep } from "./steps/prepare-cooperative-product"
import { setProductBenefitStep, type ProductBenefitOverride } from "./steps/set-product-benefit"
import { upsertEnglishTranslationStep } from "./steps/upsert-english-translation"
import { SIZE_OPTION } from "./size-option"

export { SIZE_OPTION } from "./size-option"

export type ProductText = { title: string; subtitle?: string | null; description?: string | null }
export type NewVariant = { title: string; sku?: string | null; weight_g: number; price_fen: number; stock: number }

export type CreateCooperativeProductInput = {
  cooperative_id: string
  handle: string
  zh: ProductText
  en: ProductText
  status: "draft" | "published"
  cold_chain: boolean
  category_id?: string | null
  thumbnail?: string | null
  /** Photo URLs in display order; the first is the thumbnail. */
  images?: string[]
  variants: NewVariant[]
  benefit_override?: ProductBenefitOverride | null
}

/** Medusa's images and thumbnail from photo URLs in display order: the first is the thumbnail. */
export const productImages = (urls: string[]) => ({
  thumbnail: urls[0] ?? null,
  images: urls.map((url) => ({ url })),
})

/** Creates a cooperative's product (zh stored, en translated), prices from fen, stock at its own location. */
export const createCooperativeProductWorkflow = createWorkflow(
  "create-cooperative-product",
  (input: CreateCooperativeProductInput) => {
    const context = prepareCooperativeProductStep(input)
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, context }, ({ input, context }) => ({
        products: [
          {
            title: input.zh.title,
            subtitle: input.zh.subtitle ?? undefined,
            description: input.zh.description ?? undefined,
            handle: input.handle,
            status: input.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
            ...productImages(input.images?.length ? input.images : input.thumbnail ? [input.thumbnail] : []),
            category_ids: input.category_id ? [input.category_id] : [],
            shipping_profile_id: context.shipping_profile_id,
            sales_channels: context.sales_channel_ids.map((id) => ({ id })),
            metadata: { cold_chain: input.cold_chain, archived_at: null },
            options: [{ title: SIZE_OPTION, values: input.variants.map((v) => v.title) }],
            variants: input.variants.map((v) => ({
              title: v.title,
              sku: v.sku ?? undefined,
              weight: v.weight_g,
              manage_inventory: true,
              options: { [SIZE_OPTION]: v.title },
              // The one fen → yuan conversion: Medusa stores decimal major units.
              prices: [{ currency_code: "cny", amount: Number(fenToYuanString(v.price_fen)) }],
            })),
          },
        ],
      })),
    })
    const productId = transform({ products }, ({ products }) => products[0]!.id)

    createRemoteLinkStep(
      transform({ input, productId }, ({ input, productId }) => [
        {
          [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id },
          [Modules.PRODUCT]: { product_id: productId },
        },
      ]),
    ).config({ name: "link-cooperative-product" })

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: { product_id: productId },
    }).config({ name: "get-new-variant-inventory" })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, context, variants }, ({ input, context, variants }) => ({
        inventory_levels: variants.flatMap((variant) => {
          const itemId = variant.inventory_items?.[0]?.inventory_item_id
          const stock = input.variants.find((v) => v.title === variant.title)?.stock ?? 0
          return itemId
            ? [{ inventory_item_id: itemId, location_id: context.location_id, stocked_quantity: stock }]
            : []
        }),
      })),
    })

    upsertEnglishTranslationStep(
      transform({ input, productId }, ({ input, productId }) => ({
        reference: "product",
        reference_id: productId,
        fields: {
          title: input.en.title,
          subtitle: input.en.subtitle ?? undefined,
          description: input.en.description ?? undefined,
        },
      })),
    )
    setProductBenefitStep(
      transform({ input, productId }, ({ input, productId }) => ({
        cooperative_id: input.cooperative_id,
        product_id: productId,
        override: input.benefit_override ?? undefined,
      })),
    )
    return new WorkflowResponse({ id: productId })
  },
)
