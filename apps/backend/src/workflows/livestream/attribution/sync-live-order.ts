import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncLiveOrderStep } from "./steps/sync-live-order"

/**
 * Brings the livestream side of one order up to date: the live order and its commission when placed, reversals for
 * its refunds, the caps and commission given back when canceled. Every order event runs this same workflow under a
 * per-order lock, so a repeated or late event writes only what is missing.
 */
export const syncLiveOrderWorkflow = createWorkflow("sync-live-order", (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => `live-order:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const result = syncLiveOrderStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(result)
})
