import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { guardVettedCooperativeFieldsStep } from "./steps/guard-vetted-cooperative-fields"
import { resolveDivisionStep } from "./steps/resolve-division"
import { updateCooperativeStep } from "./steps/update-cooperative"

export type UpdateCooperativeProfileInput = {
  id: string
  update: Record<string, unknown> & { division_code?: string; credit_code?: string }
}

/** Edits the signed-in cooperative's own profile; a new division code re-resolves the region names. */
export const updateCooperativeProfileWorkflow = createWorkflow(
  "update-cooperative-profile",
  (input: UpdateCooperativeProfileInput) => {
    guardVettedCooperativeFieldsStep(input)
    const division = when({ input }, ({ input }) => Boolean(input.update.division_code)).then(() =>
      resolveDivisionStep(transform({ input }, ({ input }) => input.update.division_code!)),
    )
    const update = transform({ input, division }, ({ input, division }) => ({
      id: input.id,
      ...input.update,
      ...(division ? { region: division.names } : {}),
    }))
    return new WorkflowResponse(updateCooperativeStep(update))
  },
)
