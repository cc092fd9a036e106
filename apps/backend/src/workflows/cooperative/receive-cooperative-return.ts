import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  receiveItemReturnRequestWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { ensureReturnLocationStep } from "./steps/ensure-return-location"
import { planReturnReceiptStep } from "./steps/plan-return-action"

export type ReceiveCooperativeReturnInput = {
  cooperative_id: string
  return_id: string
  staff_id: string
  items?: { line_item_id: string; quantity: number }[]
}

/**
 * Receives a cooperative's own return with Medusa's three receive workflows in one: begin (an order change), the
 * received units, confirm (return items, stock back at the return's location, `order.return_received`). A failure
 * in a later one compensates the earlier ones, so no half-received return is left.
 */
export const receiveCooperativeReturnWorkflow = createWorkflow(
  "receive-cooperative-return",
  (input: ReceiveCooperativeReturnInput) => {
    const key = transform({ input }, ({ input }) => `return:${input.return_id}`)
    acquireLockStep({ key, timeout: 5, ttl: 60 })
    const items = planReturnReceiptStep(input)
    ensureReturnLocationStep(input)
    beginReceiveReturnWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ return_id: input.return_id, created_by: input.staff_id })),
    })
    receiveItemReturnRequestWorkflow.runAsStep({
      input: transform({ input, items }, ({ input, items }) => ({ return_id: input.return_id, items })),
    })
    confirmReturnReceiveWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ return_id: input.return_id, confirmed_by: input.staff_id })),
    })
    releaseLockStep({ key })
    return new WorkflowResponse(undefined)
  },
)
