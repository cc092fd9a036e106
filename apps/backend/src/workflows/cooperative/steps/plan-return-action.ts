import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type Planned,
  planReturnReceipt,
  planReturnRefund,
  type Refusal,
} from "../../../queries/cooperative/return-actions"

// The routes refuse with the right status before running the workflows; these re-checks under the return's lock
// catch what changed in between (a second click, another staff member) and stop the workflow before it writes.
const TYPES: Record<Refusal["status"], string> = {
  400: MedusaError.Types.INVALID_DATA,
  404: MedusaError.Types.NOT_FOUND,
  409: MedusaError.Types.NOT_ALLOWED,
  422: MedusaError.Types.INVALID_DATA,
}
function planOrThrow<T>(planned: Planned<T>): T {
  if (planned.refusal) throw new MedusaError(TYPES[planned.refusal.status], planned.refusal.message)
  return planned.plan!
}

type ReceiptInput = { cooperative_id: string; return_id: string; items?: { line_item_id: string; quantity: number }[] }
/** Which units of a cooperative's own return to receive (read-only). */
export const planReturnReceiptStep = createStep("plan-return-receipt", async (input: ReceiptInput, { container }) => {
  const plan = planOrThrow(await planReturnReceipt(container, input.cooperative_id, input.return_id, input.items))
  return new StepResponse(plan)
})

type RefundInput = { cooperative_id: string; return_id: string; amount_fen: number }
/** Which payment to refund, and how much in Medusa's yuan, for a cooperative's received return (read-only). */
export const planReturnRefundStep = createStep("plan-return-refund", async (input: RefundInput, { container }) => {
  const plan = planOrThrow(await planReturnRefund(container, input.cooperative_id, input.return_id, input.amount_fen))
  return new StepResponse(plan)
})
