import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { createLotWorkflow } from "../../../workflows/cooperative/create-lot"
import { cooperativeActor } from "../cooperative-actor"
import { serializeOwnLot } from "../read/serialize-lot"
import type { CreateLotBody } from "../validators"
import { checkHarvestDate } from "./check-harvest-date"
import { readOwnLot } from "./read-own-lot"

type ListQuery = { limit: number; offset: number; variant_id?: string; product_id?: string }

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { limit, offset, variant_id, product_id } = req.validatedQuery as ListQuery
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  // The caller's cooperative is always part of the filter, so naming another's variant or product finds nothing.
  const [lots, count] = await service.listAndCountLots(
    { cooperative_id: cooperativeId, ...(variant_id ? { variant_id } : {}), ...(product_id ? { product_id } : {}) },
    {
      take: limit,
      skip: offset,
      order: { created_at: "DESC" },
      relations: ["contributions", "contributions.household"],
    },
  )
  res.json({ lots: lots.map(serializeOwnLot), count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateLotBody>, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  await checkHarvestDate(req.scope, req.validatedBody.variant_id, req.validatedBody.harvest_date)
  const { result } = await createLotWorkflow(req.scope).run({
    input: { ...req.validatedBody, cooperative_id: cooperativeId },
  })
  res.status(201).json({ lot: await readOwnLot(req.scope, cooperativeId, result.lot.id) })
}
