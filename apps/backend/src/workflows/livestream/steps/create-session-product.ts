import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type CreateSessionProductInput = {
  session_id: string
  product_id: string
  variant_id: string
  product_title: string
  variant_title: string
  product_handle: string
  thumbnail: string | null
  base_price_fen: number
  live_price_fen: number
  stock_cap: number
  per_customer_limit: number
  promotion_id: string
  promo_code: string
  consent_status: string
  consent_note: string | null
  consent_floor_fen: number | null
  consent_cap_max: number | null
}

/** Records a session product with the promotion behind its live price; compensation deletes the row. */
export const createSessionProductStep = createStep(
  "create-live-session-product",
  async (input: CreateSessionProductInput, { container }) => {
    const product = await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).createSessionProducts(input)
    return new StepResponse(product, product.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).deleteSessionProducts(id)
  },
)
