import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelReturnWorkflow } from "@medusajs/medusa/core-flows"
import { requestReturnAtLocationWorkflow, type ReturnAtLocationInput } from "../request-return-at-location"

async function cancelReturns(container: MedusaContainer, ids: string[]) {
  for (const id of ids.reverse()) await cancelReturnWorkflow(container).run({ input: { return_id: id } })
}

// Medusa keeps one open change per order, so the returns are made one after another; if one fails, those already
// made are canceled before the error goes on, and the step's compensation cancels them all if a later step fails.
/** Creates one requested return per planned group (stock location). */
export const createShopperReturnsStep = createStep(
  "create-shopper-returns",
  async (groups: ReturnAtLocationInput[], { container }) => {
    const ids: string[] = []
    try {
      for (const group of groups) {
        const { result } = await requestReturnAtLocationWorkflow(container).run({ input: group })
        ids.push(result)
      }
    } catch (error) {
      await cancelReturns(container, [...ids])
      throw error
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await cancelReturns(container, [...ids])
  },
)
