import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCertificationsStep, type NewCertification } from "./steps/create-certifications"

/** Adds certifications (test reports, organic certificates, trademarks) to a cooperative's profile. */
export const createCertificationsWorkflow = createWorkflow("create-certifications", (input: NewCertification[]) => {
  return new WorkflowResponse(createCertificationsStep(input))
})
