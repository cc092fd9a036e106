import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import type { RegisterHostBody } from "@fengshou/live-contract"
import { createHostStep } from "./steps/create-host"
import { getHostLoginEmailStep } from "./steps/get-host-login-email"

export type RegisterHostInput = RegisterHostBody & { auth_identity_id: string }

/** Signs a host up: a pending host with the login's email, and the login bound to it (app_metadata.host_id). */
export const registerHostWorkflow = createWorkflow("register-host", (input: RegisterHostInput) => {
  const email = getHostLoginEmailStep(input.auth_identity_id)
  const host = createHostStep(
    transform({ input, email }, ({ input, email }) => ({ email, name: input.name, handles: input.handles ?? {} })),
  )
  // Medusa's convention: app_metadata.{actor_type}_id, here host_id, names the actor.
  setAuthAppMetadataStep(
    transform({ input, host }, ({ input, host }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "host",
      value: host.id,
    })),
  )
  return new WorkflowResponse(host)
})
