import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setCancelReasonStep } from "./steps/set-cancel-reason"

export type CancelCooperativeOrderInput = { order_id: string; reason: string; staff_id: string }

/**
 * Cancels a cooperative's own unshipped order with Medusa's cancelOrderWorkflow (which refunds what was captured and
 * frees the reservations), the reason kept in the order's metadata; a failed cancel takes the reason back out.
 */
export const cancelCooperativeOrderWorkflow = createWorkflow(
  "cancel-cooperative-order",
  (input: CancelCooperativeOrderInput) => {
    acquireLockStep({ key: input.order_id, timeout: 5, ttl: 30 })
    setCancelReasonStep(input)
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.staff_id })),
    })
    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(undefined)
  },
)
