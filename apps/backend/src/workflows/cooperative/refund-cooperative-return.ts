import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { returnRefundMetadata } from "../../lib/orders/return-refund"
import { planReturnRefundStep } from "./steps/plan-return-action"

export type RefundCooperativeReturnInput = {
  cooperative_id: string
  return_id: string
  staff_id: string
  amount_fen: number
}

/**
 * Refunds (part of) a received return of the cooperative's own lines from the order's captured payment, never more
 * than is still refundable for it; the refund names the return in its metadata (src/lib/orders/return-refund.ts).
 */
export const refundCooperativeReturnWorkflow = createWorkflow(
  "refund-cooperative-return",
  (input: RefundCooperativeReturnInput) => {
    const key = transform({ input }, ({ input }) => `return:${input.return_id}`)
    acquireLockStep({ key, timeout: 5, ttl: 60 })
    const plan = planReturnRefundStep(input)
    refundPaymentWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        payment_id: plan.payment_id,
        amount: plan.amount,
        created_by: input.staff_id,
        note: `return ${input.return_id}`,
        // Not in RefundPaymentWorkflowInput's type, but the payment module stores it on the refund row.
        metadata: returnRefundMetadata(input.return_id),
      })),
    })
    releaseLockStep({ key })
    return new WorkflowResponse(undefined)
  },
)
