import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import { findOwnSession } from "./get-own-session"

export type GetOwnSessionProductInput = { host_id: string; session_id: string; product_id: string }

/** One product of the caller's own, not yet ended session (read-only); 404 when it is not there. */
export const getOwnSessionProductStep = createStep(
  "get-own-live-session-product",
  async (input: GetOwnSessionProductInput, { container }) => {
    const session = await findOwnSession(container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE), {
      ...input,
      open: true,
    })
    const product = session.products.find((p) => p.id === input.product_id)
    if (!product)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Session product ${input.product_id} is not in "${session.title}"`,
      )
    return new StepResponse(product)
  },
)
