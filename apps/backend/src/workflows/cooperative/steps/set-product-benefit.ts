import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type ProductBenefitOverride = {
  benefit_mechanisms: ("supply" | "dividend")[]
  dividend_bps?: number | null
  /** null: the cooperative's collective share applies; 0: none on this product. */
  collective_bps?: number | null
}
/** `override` undefined leaves the product as it is; null removes its override (the cooperative's applies). */
export type SetProductBenefitInput = {
  cooperative_id: string
  product_id: string
  override?: ProductBenefitOverride | null
}

type Row = {
  cooperative_id: string
  product_id: string
  benefit_mechanisms: string[]
  dividend_bps: number | null
  collective_bps: number | null
}

/** Sets or clears a product's own benefit mechanism; compensation puts the previous row back. */
export const setProductBenefitStep = createStep(
  "set-product-benefit",
  async (input: SetProductBenefitInput, { container }) => {
    if (input.override === undefined) return new StepResponse(null, null)
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [before] = await service.listProductBenefits({ product_id: input.product_id })
    const previous: { product_id: string; row: Row | null } = {
      product_id: input.product_id,
      row: before
        ? {
            cooperative_id: input.cooperative_id,
            product_id: before.product_id,
            benefit_mechanisms: before.benefit_mechanisms,
            dividend_bps: before.dividend_bps,
            collective_bps: before.collective_bps,
          }
        : null,
    }
    if (before) await service.deleteProductBenefits(before.id)
    const row = input.override
      ? await service.createProductBenefits({
          cooperative_id: input.cooperative_id,
          product_id: input.product_id,
          benefit_mechanisms: input.override.benefit_mechanisms,
          dividend_bps: input.override.dividend_bps ?? null,
          collective_bps: input.override.collective_bps ?? null,
        })
      : null
    return new StepResponse(row, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const current = await service.listProductBenefits({ product_id: previous.product_id }, { select: ["id"] })
    if (current.length) await service.deleteProductBenefits(current.map((c) => c.id))
    if (previous.row) await service.createProductBenefits(previous.row)
  },
)
