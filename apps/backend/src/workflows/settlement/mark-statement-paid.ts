import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markStatementPaidStep, type MarkStatementPaidInput } from "./steps/mark-statement-paid"
import { SETTLEMENT_LOCK } from "./generate-settlement-statements"

/**
 * The operator records the bank transfer of an open statement: it is paid and frozen for good. Under the generate
 * workflow's lock, so a statement is never paid while its lines are being rewritten.
 */
export const markStatementPaidWorkflow = createWorkflow("mark-statement-paid", (input: MarkStatementPaidInput) => {
  acquireLockStep({ key: SETTLEMENT_LOCK, timeout: 120, ttl: 600 })
  const paid = markStatementPaidStep(input)
  releaseLockStep({ key: SETTLEMENT_LOCK })
  return new WorkflowResponse(paid)
})
