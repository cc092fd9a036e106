import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COLD_CHAIN_PROFILE_TYPE } from "../../../lib/shipping-needs"

export type ProductContextInput = {
  cooperative_id: string
  handle: string
  cold_chain: boolean
  category_id?: string | null
}
export type ProductContext = { location_id: string; sales_channel_ids: string[]; shipping_profile_id: string }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

// Checked before anything is written: a free handle, a known category, the cooperative's stock location, the
// store's sales channel and the shipping profile (cold chain or default).
/** Everything a new product of a cooperative needs, looked up and checked (read-only). */
export const prepareCooperativeProductStep = createStep(
  "prepare-cooperative-product",
  async (input: ProductContextInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const products = container.resolve(Modules.PRODUCT)
    const [taken] = await products.listProducts({ handle: input.handle }, { select: ["id"], withDeleted: true })
    if (taken) throw invalid(`handle ${input.handle} is taken by another product; choose another handle`)
    if (input.category_id) {
      const [category] = await products.listProductCategories({ id: input.category_id }, { select: ["id"] })
      if (!category) throw invalid(`category_id ${input.category_id} is not a product category`)
    }
    const { data: coops } = await query.graph({
      entity: "cooperative",
      fields: ["stock_location.id"],
      filters: { id: input.cooperative_id },
    })
    const location = (coops[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location
    if (!location)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "Your cooperative has no stock location; contact the operator",
      )
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const type = input.cold_chain ? COLD_CHAIN_PROFILE_TYPE : "default"
    const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type })
    if (!profile)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `No shipping profile of type ${type}; run the seed`)
    return new StepResponse<ProductContext>({
      location_id: location.id,
      sales_channel_ids: stores.map((s) => s.default_sales_channel_id).filter((id): id is string => Boolean(id)),
      shipping_profile_id: profile.id,
    })
  },
)
