import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The email a host's emailpass login signed up with (read-only, so no compensation). */
export const getHostLoginEmailStep = createStep(
  "get-host-login-email",
  async (authIdentityId: string, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listProviderIdentities({ auth_identity_id: authIdentityId, provider: "emailpass" })
    if (!identity)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with POST /auth/host/emailpass/register first.")
    return new StepResponse(identity.entity_id)
  },
)
