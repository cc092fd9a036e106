import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createShopperReturnsStep } from "./steps/create-shopper-returns"
import { ensureReturnReasonsStep } from "./steps/ensure-return-reasons"
import { planShopperReturnsStep, type ShopperReturnsInput } from "./steps/plan-shopper-returns"

/**
 * A shopper asks to return shipped units with a reason: one requested return per cooperative's location. A lock per
 * order keeps two requests from both counting the same returnable units.
 */
export const requestShopperReturnsWorkflow = createWorkflow("request-shopper-returns", (input: ShopperReturnsInput) => {
  const key = transform({ input }, ({ input }) => `shopper-returns:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const reasons = ensureReturnReasonsStep()
  const groups = planShopperReturnsStep({ input, reasons })
  const created = createShopperReturnsStep(groups)
  releaseLockStep({ key })
  return new WorkflowResponse(created)
})
