import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setCertificationVerifiedStep, type SetCertificationVerified } from "./steps/set-certification-verified"

/** The operator verifies a certificate (verified_by: the Admin user) or withdraws that (verified_by: null). */
export const setCertificationVerifiedWorkflow = createWorkflow(
  "set-certification-verified",
  (input: SetCertificationVerified) => new WorkflowResponse(setCertificationVerifiedStep(input)),
)
