import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type ProfileReviewInput = { id: string; update: { name_zh?: string; name_en?: string; credit_code?: string } }

// The operator approved a cooperative under its names and credit code; shoppers trust those names.
const IDENTITY = ["name_zh", "name_en", "credit_code"] as const

/**
 * The status a profile edit leads to. A rejected cooperative that corrects its profile goes back to pending for the
 * operator (the reason is cleared: it was answered). An approved one that changes its names or credit code goes back
 * to pending too, so it stops selling until re-approved; what was approved is kept in previous_identity for the
 * operator to compare. Anything else leaves the status alone ({}).
 */
export const planProfileReviewStep = createStep(
  "plan-profile-review",
  async (input: ProfileReviewInput, { container }) => {
    const cooperative = await container
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .retrieveCooperative(input.id)
    if (cooperative.status === "rejected") {
      return new StepResponse({ status: "pending" as const, status_reason: null })
    }
    const renamed = IDENTITY.some((k) => input.update[k] !== undefined && input.update[k] !== cooperative[k])
    if (cooperative.status !== "approved" || !renamed) return new StepResponse({})
    return new StepResponse({
      status: "pending" as const,
      status_reason: null,
      previous_identity: {
        name_zh: cooperative.name_zh,
        name_en: cooperative.name_en,
        credit_code: cooperative.credit_code,
        approved_at: cooperative.approved_at,
      },
    })
  },
)
