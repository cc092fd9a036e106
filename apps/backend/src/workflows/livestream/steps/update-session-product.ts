import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type UpdateSessionProductInput = {
  id: string
  live_price_fen?: number
  stock_cap?: number
  per_customer_limit?: number
  consent_status?: string
  consent_note?: string | null
  consent_floor_fen?: number | null
  consent_cap_max?: number | null
  consent_reason?: string | null
}

const capBelowSold = (cap: number, sold: number) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `stock_cap ${cap} is below the ${sold} already sold; set it to at least ${sold}.`,
  )

/**
 * Updates a session product's price, cap or limit; compensation writes the previous values back. `sold` moves only
 * in the checkout's locked claim, and a CHECK constraint keeps it within the cap, so a checkout that claims units
 * between our check and our write makes the write fail; that failure is told as the same 400.
 */
export const updateSessionProductStep = createStep(
  "update-live-session-product",
  async (input: UpdateSessionProductInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const before = await service.retrieveSessionProduct(input.id)
    if (input.stock_cap !== undefined && input.stock_cap < before.sold) throw capBelowSold(input.stock_cap, before.sold)
    const previous = {
      id: input.id,
      live_price_fen: before.live_price_fen,
      stock_cap: before.stock_cap,
      per_customer_limit: before.per_customer_limit,
      consent_status: before.consent_status,
      consent_note: before.consent_note,
      consent_floor_fen: before.consent_floor_fen,
      consent_cap_max: before.consent_cap_max,
      consent_reason: before.consent_reason,
    }
    const updated = await service.updateSessionProducts(input).catch(async (e: unknown) => {
      const { sold } = await service.retrieveSessionProduct(input.id)
      throw input.stock_cap !== undefined && input.stock_cap < sold ? capBelowSold(input.stock_cap, sold) : e
    })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).updateSessionProducts(previous)
  },
)
