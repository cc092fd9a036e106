import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { RegisterHostBody } from "@fengshou/live-contract"
import { registerHostWorkflow } from "../../../workflows/livestream/register-host"
import { serializeHost } from "../../../serializers/livestream/serialize-host"

/**
 * Step two of sign-up, after POST /auth/host/emailpass/register: creates the pending host. Sign in again afterwards
 * (POST /auth/host/emailpass) for a token that names the host.
 */
export async function POST(req: AuthenticatedMedusaRequest<RegisterHostBody>, res: MedusaResponse) {
  if (req.auth_context.actor_id)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already has a host profile; sign in with it.")
  const { result } = await registerHostWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, ...req.validatedBody },
  })
  res.status(201).json({ host: serializeHost(result) })
}
