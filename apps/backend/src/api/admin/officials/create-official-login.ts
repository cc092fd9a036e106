import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * The official's emailpass login, made at the API edge the way /auth/{actor}/emailpass/register makes one, so the
 * password goes straight to the auth module's hashing and never into workflow state. Returns the identity id and
 * a remover for when the workflow that binds it to the official fails.
 */
export async function createOfficialLogin(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (existing) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${email} already has a login on this platform (an official's or a cooperative's); give the official another email`,
    )
  }
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not create the login ${email}: ${error}`)
  return { authIdentityId: authIdentity.id, remove: () => auth.deleteAuthIdentities([authIdentity.id]) }
}
