import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The email of an emailpass auth identity (read-only, so no compensation). */
export const getLoginEmailStep = createStep(
  "get-official-login-email",
  async (authIdentityId: string, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listProviderIdentities({ auth_identity_id: authIdentityId, provider: "emailpass" })
    if (!identity)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The official's login has no email and password.")
    return new StepResponse(identity.entity_id)
  },
)
