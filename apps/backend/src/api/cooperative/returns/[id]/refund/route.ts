import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planReturnRefund, readOwnReturn } from "../../../../../queries/cooperative/return-actions"
import { refundCooperativeReturnWorkflow } from "../../../../../workflows/cooperative/refund-cooperative-return"
import { cooperativeActor } from "../../../cooperative-actor"
import { refuse } from "../../../read/refuse"
import type { RefundReturnBody } from "../../../validators"

/** Refunds (part of) a received return, at most its refundable_fen, from the order's captured payment. */
export async function POST(req: AuthenticatedMedusaRequest<RefundReturnBody>, res: MedusaResponse) {
  const { cooperativeId, staffId } = cooperativeActor(req)
  const returnId = req.params.id!
  const { amount_fen } = req.validatedBody
  const { refusal } = await planReturnRefund(req.scope, cooperativeId, returnId, amount_fen)
  if (refusal) return refuse(res, refusal.status, refusal.message)
  await refundCooperativeReturnWorkflow(req.scope).run({
    input: { cooperative_id: cooperativeId, return_id: returnId, staff_id: staffId, amount_fen },
  })
  res.json({ return: await readOwnReturn(req.scope, cooperativeId, returnId) })
}
