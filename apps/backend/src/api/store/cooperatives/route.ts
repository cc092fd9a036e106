import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { StoreListCooperativesQuery } from "../validators"
import {
  coversWholeCooperative,
  serializeCertification,
} from "../../../serializers/cooperative/serialize-certification"
import { householdCounts } from "../../../queries/cooperative/household-counts"
import { serializePublicCooperative } from "../../../serializers/cooperative/serialize-public"

/** Approved cooperatives only, with their certifications and how many households and persons each supports. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as StoreListCooperativesQuery
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [rows, count] = await service.listAndCountCooperatives(
    { status: "approved" },
    {
      take: limit,
      skip: offset,
      order: { handle: "ASC" },
      relations: ["certifications"],
    },
  )
  const counts = await householdCounts(
    req.scope,
    rows.map((c) => c.id),
  )
  const cooperatives = rows.map((c) => ({
    ...serializePublicCooperative(c, counts.get(c.id)),
    certifications: c.certifications.filter(coversWholeCooperative).map(serializeCertification),
  }))
  res.json({ cooperatives, count, limit, offset })
}
