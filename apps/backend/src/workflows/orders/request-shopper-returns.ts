import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createShopperReturnsStep } from "./steps/create-shopper-returns"
import { planShopperReturnsStep, type ShopperReturnsInput } from "./steps/plan-shopper-returns"

/** A shopper asks to return shipped units with a reason: one requested return per cooperative's location. */
export const requestShopperReturnsWorkflow = createWorkflow("request-shopper-returns", (input: ShopperReturnsInput) => {
  const groups = planShopperReturnsStep(input)
  return new WorkflowResponse(createShopperReturnsStep(groups))
})
