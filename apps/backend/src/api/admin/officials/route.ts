import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OFFICIAL_MODULE } from "../../../modules/official"
import type OfficialModuleService from "../../../modules/official/service"
import { createOfficialWorkflow } from "../../../workflows/official/create-official"
import { createOfficialLogin } from "./create-official-login"
import { serializeOfficial, type OfficialRow } from "../../../serializers/official/serialize-official"
import type { AdminCreateOfficialBody, AdminListOfficialsQuery } from "./validators"

/** The operator's list of officials, newest last, optionally by status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as AdminListOfficialsQuery
  const service = req.scope.resolve<OfficialModuleService>(OFFICIAL_MODULE)
  const [rows, count] = await service.listAndCountOfficials(status ? { status } : {}, {
    take: limit,
    skip: offset,
    order: { created_at: "ASC" },
  })
  res.json({ officials: rows.map((o) => serializeOfficial(o as OfficialRow)), count, limit, offset })
}

/**
 * Creates an official with an email and first password (as cooperatives sign up with one) and a region scope.
 * The login is made first, then the workflow binds it; if the workflow fails the login is removed again.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateOfficialBody>, res: MedusaResponse) {
  const { email, password, ...profile } = req.validatedBody
  const login = await createOfficialLogin(req.scope, email, password)
  try {
    const { result } = await createOfficialWorkflow(req.scope).run({
      input: { auth_identity_id: login.authIdentityId, ...profile },
    })
    res.status(201).json({ official: serializeOfficial(result as OfficialRow) })
  } catch (error) {
    await login.remove()
    throw error
  }
}
