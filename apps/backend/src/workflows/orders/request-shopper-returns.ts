import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createShopperReturnsStep } from "./steps/create-shopper-returns"
import { ensureReturnReasonsStep } from "./steps/ensure-return-reasons"
import { planDueCaptureStep } from "./steps/plan-due-capture"
import { planShopperReturnsStep, type ShopperReturnsInput } from "./steps/plan-shopper-returns"

/**
 * A shopper asks to return shipped units with a reason: one requested return per cooperative's location. A lock per
 * order keeps two requests from both counting the same returnable units. A payment still only authorized is captured
 * first: Medusa's return request would otherwise cancel it (and ask for a new one), leaving nothing to refund.
 */
export const requestShopperReturnsWorkflow = createWorkflow("request-shopper-returns", (input: ShopperReturnsInput) => {
  const key = transform({ input }, ({ input }) => `shopper-returns:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const planned = planShopperReturnsStep(input)
  // Only a valid request makes Medusa's return reasons (on first use), so a refused one writes nothing.
  const reasons = ensureReturnReasonsStep()
  const groups = transform({ planned, reasons }, ({ planned, reasons }) =>
    planned.map((g) => ({
      ...g,
      items: g.items.map(({ reason, ...item }) => ({ ...item, reason_id: reasons[reason] })),
    })),
  )
  const due = planDueCaptureStep(input.order_id)
  // The goods were shipped, so the money is due (captured) before part of it may be refunded for the return.
  when("capture-before-return", { due }, ({ due }) => !!due).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ due, input }, ({ due, input }) => ({
        payment_id: due!.payment_id,
        amount: due!.amount,
        captured_by: input.created_by,
      })),
    })
  })
  const created = createShopperReturnsStep(groups)
  releaseLockStep({ key })
  return new WorkflowResponse(created)
})
