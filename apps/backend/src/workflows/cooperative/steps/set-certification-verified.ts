import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type SetCertificationVerified = { id: string; verified_by: string | null }
type Previous = { id: string; verified_at: Date | null; verified_by: string | null }

/**
 * Marks a certificate verified by an Admin user (核验: checked with the issuer), or back to self-declared when
 * `verified_by` is null; compensation puts back what was there.
 */
export const setCertificationVerifiedStep = createStep(
  "set-certification-verified",
  async (input: SetCertificationVerified, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [before] = await service.listCertifications(
      { id: input.id },
      { select: ["id", "verified_at", "verified_by"] },
    )
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certification ${input.id} was not found`)
    const updated = await service.updateCertifications({
      id: input.id,
      verified_at: input.verified_by ? new Date() : null,
      verified_by: input.verified_by,
    })
    const previous: Previous = {
      id: before.id,
      verified_at: before.verified_at ? new Date(before.verified_at) : null,
      verified_by: before.verified_by ?? null,
    }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCertifications(previous)
  },
)
