import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkCertificationSubjectStep } from "./steps/check-certification-subject"
import { createCertificationsStep, type NewCertification } from "./steps/create-certifications"

/** Adds certifications (test reports, organic certificates, trademarks) to a cooperative, its products or lots. */
export const createCertificationsWorkflow = createWorkflow("create-certifications", (input: NewCertification[]) => {
  checkCertificationSubjectStep(input)
  return new WorkflowResponse(createCertificationsStep(input))
})
