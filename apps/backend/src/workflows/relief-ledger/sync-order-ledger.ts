import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendLedgerEntriesStep } from "./steps/append-ledger-entries"
import { planOrderLedgerStep } from "./steps/plan-order-ledger"

/**
 * Brings one order's relief-ledger entries up to date: its sale, each refund, its cancellation. Every order event
 * runs this same workflow, so a repeated or late event, or the backfill, writes only what is missing. A lock per
 * order keeps two events of the same order from planning from the same state at once.
 */
export const syncOrderLedgerWorkflow = createWorkflow("sync-order-ledger", (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => `relief-ledger:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const entries = planOrderLedgerStep(input)
  const result = appendLedgerEntriesStep(entries)
  releaseLockStep({ key })
  return new WorkflowResponse(result)
})
