import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planReturnReceipt, readOwnReturn } from "../../../../../queries/cooperative/return-actions"
import { receiveCooperativeReturnWorkflow } from "../../../../../workflows/cooperative/receive-cooperative-return"
import { cooperativeActor } from "../../../cooperative-actor"
import { refuse } from "../../../read/refuse"
import type { ReceiveReturnBody } from "../../../validators"

/** The goods of a return arrived back: records the units received (all outstanding by default), stock goes back. */
export async function POST(req: AuthenticatedMedusaRequest<ReceiveReturnBody>, res: MedusaResponse) {
  const { cooperativeId, staffId } = cooperativeActor(req)
  const returnId = req.params.id!
  const items = req.validatedBody.items
  const { refusal } = await planReturnReceipt(req.scope, cooperativeId, returnId, items)
  if (refusal) return refuse(res, refusal.status, refusal.message)
  await receiveCooperativeReturnWorkflow(req.scope).run({
    input: { cooperative_id: cooperativeId, return_id: returnId, staff_id: staffId, items },
  })
  res.json({ return: await readOwnReturn(req.scope, cooperativeId, returnId) })
}
