import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { HouseholdStatus } from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Personal fields arrive already sealed (ciphertext, keyed hash): plaintext never enters workflow state. */
export type SealedHousehold = {
  code: string
  size: number
  status: HouseholdStatus
  village_code: string
  share_weight: number
  name_ciphertext?: string | null
  id_number_hash?: string | null
}

export type CreateHouseholdsInput = { cooperative_id: string; households: SealedHousehold[] }

/** Adds households to a cooperative; a code or ID number already on its roster is a 400. */
export const createHouseholdsStep = createStep(
  "create-households",
  async ({ cooperative_id, households }: CreateHouseholdsInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const codes = households.map((h) => h.code)
    const taken = await service.listHouseholds({ cooperative_id, code: codes }, { select: ["code"] })
    const repeated = codes.filter((c, i) => codes.indexOf(c) !== i)
    const clashes = [...new Set([...taken.map((h) => h.code), ...repeated])]
    if (clashes.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `household code ${clashes.join(", ")} is already on your roster; pick another code`,
      )
    }
    const hashes = households.map((h) => h.id_number_hash).filter((h): h is string => Boolean(h))
    if (hashes.length) {
      const same = await service.listHouseholds({ cooperative_id, id_number_hash: hashes }, { select: ["code"] })
      if (same.length || new Set(hashes).size !== hashes.length) {
        const where = same.length ? ` (as ${same.map((h) => h.code).join(", ")})` : ""
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `a household with this ID number is already on your roster${where}`,
        )
      }
    }
    const created = await service.createHouseholds(households.map((h) => ({ ...h, cooperative_id })))
    return new StepResponse(
      created,
      created.map((h) => h.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteHouseholds(ids)
  },
)
