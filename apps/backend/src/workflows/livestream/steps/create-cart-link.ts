import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newLiveCode } from "../../../lib/live-code"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type CreateCartLinkInput = {
  session_id: string
  items: { session_product_id: string; quantity: number }[]
  expires_at: Date | string
}

const ATTEMPTS = 5

/**
 * Creates a cart link under a fresh random code; on the (one in 2^50 per link) clash with a taken code it draws
 * again, relying on the unique index rather than a check that could race. Compensation deletes the link.
 */
export const createCartLinkStep = createStep(
  "create-live-cart-link",
  async (input: CreateCartLinkInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    for (let attempt = 1; ; attempt++) {
      const code = newLiveCode()
      try {
        // items is a json column, typed by the model as a record; the contract's array is what it holds.
        const items = input.items as unknown as Record<string, unknown>
        const link = await service.createCartLinks({ ...input, items, code, expires_at: new Date(input.expires_at) })
        return new StepResponse(link, link.id)
      } catch (e) {
        const taken = (await service.listCartLinks({ code }, { select: ["id"], withDeleted: true })).length > 0
        if (!taken || attempt >= ATTEMPTS)
          throw taken
            ? new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Could not draw a free link code; try again.")
            : e
      }
    }
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).deleteCartLinks(id)
  },
)
