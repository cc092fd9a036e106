import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import { updateHouseholdWorkflow } from "../../../../workflows/cooperative/update-household"
import { cooperativeActor } from "../../cooperative-actor"
import { serializeOwnHousehold } from "../../read/serialize-household"
import type { UpdateHouseholdBody } from "../../validators"
import { readHouseholdContributions } from "../read-household-contributions"
import { sealHousehold } from "../seal-household"

async function readOwnHousehold(req: AuthenticatedMedusaRequest, cooperativeId: string) {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [row] = await service.listHouseholds({ id: req.params.id, cooperative_id: cooperativeId })
  if (!row)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Household ${req.params.id} was not found in your cooperative`)
  return serializeOwnHousehold(row, cooperativeId)
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const household = await readOwnHousehold(req, cooperativeId)
  res.json({ household, contributions: await readHouseholdContributions(req.scope, cooperativeId, household.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateHouseholdBody>, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  await updateHouseholdWorkflow(req.scope).run({
    input: {
      id: req.params.id!,
      cooperative_id: cooperativeId,
      update: sealHousehold(req.validatedBody, cooperativeId),
    },
  })
  res.json({ household: await readOwnHousehold(req, cooperativeId) })
}
