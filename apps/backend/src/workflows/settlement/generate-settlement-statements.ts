import type { MedusaContainer } from "@medusajs/framework/types"
import { env } from "../../env"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planSettlementStatementsStep, type PlanSettlementInput } from "./steps/plan-settlement-statements"
import { setOpenStatementsStep } from "./steps/set-open-statements"

export const SETTLEMENT_LOCK = "settlement-statements"

/**
 * Recomputes every open statement from what is payable at as_of: lines not on a paid statement, each in the month it
 * became payable (or the next unpaid one). Paid statements are never touched. One run at a time (a lock).
 */
export const generateSettlementStatementsWorkflow = createWorkflow(
  "generate-settlement-statements",
  (input: PlanSettlementInput) => {
    acquireLockStep({ key: SETTLEMENT_LOCK, timeout: 120, ttl: 600 })
    const plan = planSettlementStatementsStep(input)
    const result = setOpenStatementsStep(plan)
    releaseLockStep({ key: SETTLEMENT_LOCK })
    return new WorkflowResponse(result)
  },
)

/** Runs the workflow with the configured fee and hold (SETTLEMENT_FEE_BPS, SETTLEMENT_HOLD_DAYS). */
export async function generateSettlementStatements(container: MedusaContainer, asOf: Date = new Date()) {
  const { result } = await generateSettlementStatementsWorkflow(container).run({
    input: { as_of: asOf.toISOString(), fee_bps: env.SETTLEMENT_FEE_BPS, hold_days: env.SETTLEMENT_HOLD_DAYS },
  })
  return result
}
