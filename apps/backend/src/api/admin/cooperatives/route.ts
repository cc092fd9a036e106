import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { serializeProfile } from "../../../serializers/cooperative/serialize-profile"
import type { AdminListCooperativesQuery } from "./validators"

/** The operator's queue: cooperatives by status (oldest first, as they came in), with their staff and licence. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as AdminListCooperativesQuery
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [rows, count] = await service.listAndCountCooperatives(status ? { status } : {}, {
    take: limit,
    skip: offset,
    order: { created_at: "ASC" },
    relations: ["staff"],
  })
  const cooperatives = rows.map((c) => ({
    ...serializeProfile(c),
    staff: c.staff.map((s) => ({ id: s.id, email: s.email, name: s.name, role: s.role })),
    // What the operator approved before a rename sent it back to review; null otherwise.
    previous_identity: c.previous_identity ?? null,
    created_at: c.created_at,
  }))
  res.json({ cooperatives, count, limit, offset })
}
