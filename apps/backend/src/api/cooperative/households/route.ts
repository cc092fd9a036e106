import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { createHouseholdsWorkflow } from "../../../workflows/cooperative/create-households"
import type { SealedHousehold } from "../../../workflows/cooperative/steps/create-households"
import { cooperativeActor } from "../cooperative-actor"
import { serializeOwnHousehold } from "../read/serialize-household"
import type { CreateHouseholdBody } from "../validators"
import { sealHousehold } from "./seal-household"

type ListQuery = { limit: number; offset: number; status?: "registered_poor" | "monitored" | "member" }

export async function GET(req: AuthenticatedMedusaRequest<unknown, ListQuery>, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { limit, offset, status } = req.validatedQuery as ListQuery
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [rows, count] = await service.listAndCountHouseholds(
    { cooperative_id: cooperativeId, ...(status ? { status } : {}) },
    { take: limit, skip: offset, order: { code: "ASC" } },
  )
  res.json({ households: rows.map((h) => serializeOwnHousehold(h, cooperativeId)), count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateHouseholdBody>, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const sealed = sealHousehold(req.validatedBody, cooperativeId) as SealedHousehold
  const { result } = await createHouseholdsWorkflow(req.scope).run({
    input: { cooperative_id: cooperativeId, households: [sealed] },
  })
  res.status(201).json({ household: serializeOwnHousehold(result[0]!, cooperativeId) })
}
