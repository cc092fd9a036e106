import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { FengshouEvents } from "../../lib/domain-events"
import { createOfficialStep } from "./steps/create-official"
import { getLoginEmailStep } from "./steps/get-login-email"
import { resolveRegionScopeStep } from "./steps/resolve-region-scope"

export type CreateOfficialWorkflowInput = {
  /** An emailpass auth identity made for this official (the password never enters workflow state). */
  auth_identity_id: string
  name: string
  title?: string | null
  organisation: string
  region_code: string
}

/** Creates an official with a region scope and binds the login to it (app_metadata.official_id). */
export const createOfficialWorkflow = createWorkflow("create-official", (input: CreateOfficialWorkflowInput) => {
  const scope = resolveRegionScopeStep(input.region_code)
  const email = getLoginEmailStep(input.auth_identity_id)
  const official = createOfficialStep(
    transform({ input, scope, email }, ({ input, scope, email }) => ({
      email,
      name: input.name,
      title: input.title ?? null,
      organisation: input.organisation,
      region_code: scope.code,
      region: scope.names,
    })),
  )
  // Medusa's convention: app_metadata.{actor_type}_id, here official_id, names the actor.
  setAuthAppMetadataStep(
    transform({ input, official }, ({ input, official }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "official",
      value: official.id,
    })),
  )
  // The official hears of it by email (subscribers/official-created-notification.ts).
  emitEventStep({ eventName: FengshouEvents.OFFICIAL_CREATED, data: { id: official.id } })
  return new WorkflowResponse(official)
})
