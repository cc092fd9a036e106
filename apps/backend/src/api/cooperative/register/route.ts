import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerCooperativeWorkflow } from "../../../workflows/cooperative/register-cooperative"
import type { RegisterCooperativeBody } from "../validators"
import { serializeProfile } from "../../../serializers/cooperative/serialize-profile"

/**
 * Step two of sign-up, after POST /auth/cooperative/emailpass/register: creates the pending cooperative and
 * its owner staff. Log in again afterwards (POST /auth/cooperative/emailpass) for a token that names the staff.
 */
export async function POST(req: AuthenticatedMedusaRequest<RegisterCooperativeBody>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a cooperative's staff.")
  }
  const { staff_name, ...cooperative } = req.validatedBody
  const { result } = await registerCooperativeWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, staff_name, cooperative },
  })
  res.status(201).json({
    cooperative: serializeProfile(result.cooperative),
    staff: { id: result.staff.id, email: result.staff.email, name: result.staff.name, role: result.staff.role },
  })
}
