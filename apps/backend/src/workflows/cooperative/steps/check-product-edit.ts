import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COLD_CHAIN_PROFILE_TYPE } from "../../../lib/shipping-needs"
import type { OwnProduct } from "./get-own-product"

export type ProductEditCheckInput = {
  own: OwnProduct
  category_id?: string | null
  cold_chain?: boolean
  new_variant_titles: string[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

// Checked before any write, so a refused edit leaves the product as it was.
/**
 * An edit's category exists, its new sizes do not repeat the product's, and a cold-chain change finds the shipping
 * profile it moves the product to (read-only).
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
