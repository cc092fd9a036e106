import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { setCooperativeStatusWorkflow } from "../../../../../workflows/cooperative/set-cooperative-status"
import { serializeProfile } from "../../../../../serializers/cooperative/serialize-profile"
import type { AdminRejectCooperativeBody } from "../../validators"

/** The operator turns down a sign-up (or a rename) waiting for review, saying what to correct; the staff are emailed. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectCooperativeBody>, res: MedusaResponse) {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [current] = await service.listCooperatives({ id: req.params.id! }, { select: ["id", "status"] })
  if (current && current.status !== "pending") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Only a cooperative waiting for review can be rejected; this one is ${current.status}. Suspend an approved one instead.`,
    )
  }
  const { result } = await setCooperativeStatusWorkflow(req.scope).run({
    input: { id: req.params.id!, status: "rejected", reason: req.validatedBody.reason },
  })
  res.json({ cooperative: serializeProfile(result) })
}
