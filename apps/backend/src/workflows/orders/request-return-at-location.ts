import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"

export type ReturnAtLocationInput = {
  order_id: string
  location_id: string | null
  items: { id: string; quantity: number; reason_id: string; internal_note?: string }[]
  created_by?: string
}

/** One return of some lines to one stock location, left "requested" (no return shipping, nothing received yet). */
export const requestReturnAtLocationWorkflow = createWorkflow(
  "request-return-at-location",
  (input: ReturnAtLocationInput) => {
    const change = beginReturnOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        location_id: input.location_id ?? undefined,
        created_by: input.created_by,
      })),
    })
    const returnId = transform({ change }, ({ change }) => change.return_id!)
    requestItemReturnWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, items: input.items })),
    })
    confirmReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({
        return_id: returnId,
        confirmed_by: input.created_by,
      })),
    })
    return new WorkflowResponse(returnId)
  },
)
