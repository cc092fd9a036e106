import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COLD_CHAIN_PROFILE_TYPE } from "../../../lib/shipping-needs"
import type { OwnProduct } from "./get-own-product"

export type ProductEditCheckInput = {
  own: OwnProduct
  category_id?: string | null
  cold_chain?: boolean
  new_variant_titles: string[]
  /** Existing sizes whose weight the edit changes. */
  reweighed_variant_ids: string[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

// Checked before any write, so a refused edit leaves the product as it was.
/**
 * An edit's category exists, its new sizes do not repeat the product's, a size's weight changes only while the size
 * has never been sold, and a cold-chain change finds the shipping profile it moves the product to (read-only).
 */
export const checkProductEditStep = createStep(
  "check-product-edit",
  async (input: ProductEditCheckInput, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    if (input.category_id) {
      const [category] = await products.listProductCategories({ id: input.category_id }, { select: ["id"] })
      if (!category) throw invalid(`category_id ${input.category_id} is not a product category`)
    }
    const taken = input.new_variant_titles.filter((t) => input.own.variants.some((v) => v.title === t))
    if (taken.length) {
      throw invalid(
        `new_variants ${taken.join(", ")}: the product already has a size with that title; name it differently`,
      )
    }
    if (input.reweighed_variant_ids.length) {
      // Orders, lots and the relief ledger hold a sold size's grams; a mistyped weight is mended only before any sale.
      const sold = await container
        .resolve(Modules.ORDER)
        .listOrderLineItems({ variant_id: input.reweighed_variant_ids }, { select: ["variant_id"], take: 1 })
      const size = input.own.variants.find((v) => v.id === sold[0]?.variant_id)
      if (size) {
        throw invalid(
          `size ${size.title ?? size.id} has been sold, so its weight stays as sold: add a new size with the right weight instead`,
        )
      }
    }
    if (input.new_variant_titles.length && !input.own.size_option_id) {
      throw invalid(`product ${input.own.product_id} has no size option (规格), so sizes cannot be added to it`)
    }
    let shipping_profile_id: string | undefined
    if (input.cold_chain !== undefined) {
      const type = input.cold_chain ? COLD_CHAIN_PROFILE_TYPE : "default"
      const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type })
      if (!profile)
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `No shipping profile of type ${type}; run the seed`)
      shipping_profile_id = profile.id
    }
    return new StepResponse({ shipping_profile_id })
  },
)
