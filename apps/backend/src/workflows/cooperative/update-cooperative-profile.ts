import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkLicenceUrlStep } from "./steps/check-licence-url"
import { guardUniqueNameStep } from "./steps/guard-unique-name"
import { guardVettedCooperativeFieldsStep } from "./steps/guard-vetted-cooperative-fields"
import { planProfileReviewStep } from "./steps/plan-profile-review"
import { resolveDivisionStep } from "./steps/resolve-division"
import { updateCooperativeStep } from "./steps/update-cooperative"

export type UpdateCooperativeProfileInput = {
  id: string
  update: Record<string, unknown> & {
    division_code?: string
    credit_code?: string
    name_zh?: string
    name_en?: string
    licence_url?: string
  }
}

/**
 * Edits the signed-in cooperative's own profile; a new division code re-resolves the region names. A rejected
 * cooperative's correction, or an approved one's rename, sends it back to review (plan-profile-review.ts).
 */
export const updateCooperativeProfileWorkflow = createWorkflow(
  "update-cooperative-profile",
  (input: UpdateCooperativeProfileInput) => {
    guardVettedCooperativeFieldsStep(input)
    guardUniqueNameStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        name_zh: input.update.name_zh,
        credit_code: input.update.credit_code,
      })),
    )
    checkLicenceUrlStep(transform({ input }, ({ input }) => input.update.licence_url))
    const review = planProfileReviewStep(input)
    const division = when({ input }, ({ input }) => Boolean(input.update.division_code)).then(() =>
      resolveDivisionStep(transform({ input }, ({ input }) => input.update.division_code!)),
    )
    const update = transform({ input, division, review }, ({ input, division, review }) => ({
      id: input.id,
      ...input.update,
      ...(division ? { region: division.names } : {}),
      ...review,
    }))
    return new WorkflowResponse(updateCooperativeStep(update))
  },
)
