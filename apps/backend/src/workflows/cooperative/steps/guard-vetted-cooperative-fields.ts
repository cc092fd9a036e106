import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type VettedFieldsInput = { id: string; update: { credit_code?: string; division_code?: string } }

// The operator vetted the place when approving, so afterwards only the operator changes it. A new credit code is
// allowed: like a rename it sends the cooperative back to review (plan-profile-review.ts).
/** 400 when an approved or suspended cooperative tries to change its division code (read-only). */
export const guardVettedCooperativeFieldsStep = createStep(
  "guard-vetted-cooperative-fields",
  async (input: VettedFieldsInput, { container }) => {
    if (!input.update.division_code) return
    const cooperative = await container
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .retrieveCooperative(input.id)
    const changed = (["division_code"] as const).filter((k) => input.update[k] && input.update[k] !== cooperative[k])
    if (changed.length && (cooperative.status === "approved" || cooperative.status === "suspended")) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${changed.join(" and ")} can only change before approval; ask the platform operator to change them`,
      )
    }
  },
)
