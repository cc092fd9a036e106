import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type ContributionInput = { household_id: string; quantity_g: number; farmgate_fen_per_kg: number }

export type ValidateContributionsInput = {
  cooperative_id: string
  lot_quantity_g: number
  lot_id?: string
  contributions: ContributionInput[]
}

const fail = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

// The supply split divides a lot by these grams, so more grams than the lot holds is a data error; another
// cooperative's household reads as unknown, with the same message as an id that does not exist.
/** 400 unless contributions name own households, once each per lot, within the lot's grams (read-only). */
export const validateContributionsStep = createStep(
  "validate-contributions",
  async ({ cooperative_id, lot_quantity_g, lot_id, contributions }: ValidateContributionsInput, { container }) => {
    if (!contributions.length) return new StepResponse([])
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const ids = contributions.map((c) => c.household_id)
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i)
    if (repeated.length) throw fail(`household ${repeated[0]} appears twice; give one contribution per household`)
    const own = await service.listHouseholds({ cooperative_id, id: ids }, { select: ["id", "code"] })
    const unknown = ids.filter((id) => !own.some((h) => h.id === id))
    if (unknown.length) {
      throw fail(
        `unknown household ${unknown.join(", ")}: contributions must name households on your roster (GET /cooperative/households)`,
      )
    }
    const existing = lot_id ? await service.listContributions({ lot_id }, { relations: ["household"] }) : []
    const again = existing.find((c) => ids.includes(c.household.id))
    if (again) throw fail(`household ${again.household.code} already has a contribution to this lot`)
    const before = existing.reduce((sum, c) => sum + c.quantity_g, 0)
    const adding = contributions.reduce((sum, c) => sum + c.quantity_g, 0)
    if (before + adding > lot_quantity_g) {
      const already = before ? ` (${before} g already recorded)` : ""
      throw fail(
        `contributions add up to ${before + adding} g but the lot holds only ${lot_quantity_g} g${already}; lower the grams or the lot size`,
      )
    }
    return new StepResponse(contributions)
  },
)
