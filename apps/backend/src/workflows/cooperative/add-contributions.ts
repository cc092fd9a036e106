import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createContributionsStep } from "./steps/create-contributions"
import { getOwnLotStep } from "./steps/get-own-lot"
import { validateContributionsStep, type ContributionInput } from "./steps/validate-contributions"

export type AddContributionsInput = { cooperative_id: string; lot_id: string; contributions: ContributionInput[] }

/** Adds household contributions to one of the cooperative's lots, never past the lot's quantity. */
export const addContributionsWorkflow = createWorkflow("add-contributions", (input: AddContributionsInput) => {
  const lot = getOwnLotStep(input)
  validateContributionsStep(
    transform({ input, lot }, ({ input, lot }) => ({
      cooperative_id: input.cooperative_id,
      lot_id: lot.id,
      lot_quantity_g: lot.quantity_g,
      contributions: input.contributions,
    })),
  )
  const created = createContributionsStep(
    transform({ input }, ({ input }) => input.contributions.map((c) => ({ ...c, lot_id: input.lot_id }))),
  )
  return new WorkflowResponse(created)
})
