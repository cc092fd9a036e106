import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { newTraceCode } from "../../../lib/trace-code"

export type LotCertificate = { product: string; quantity: string; producer: string; origin: string; date: string }

export type CreateLotInput = {
  cooperative_id: string
  product_id: string
  variant_id: string
  harvest_date: string
  quantity_g: number
  certificate: LotCertificate
}

/** Creates lots, each with a fresh public trace code; compensation deletes them. */
export const createLotsStep = createStep(
  "create-lots",
  async (lots: CreateLotInput[], { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const created = await service.createLots(lots.map((lot) => ({ ...lot, trace_code: newTraceCode() })))
    return new StepResponse(
      created,
      created.map((l) => l.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteLots(ids)
  },
)
