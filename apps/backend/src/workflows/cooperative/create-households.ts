import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHouseholdsStep, type CreateHouseholdsInput } from "./steps/create-households"

/** Adds households (personal fields already sealed) to the signed-in cooperative's roster. */
export const createHouseholdsWorkflow = createWorkflow("create-households", (input: CreateHouseholdsInput) => {
  return new WorkflowResponse(createHouseholdsStep(input))
})
