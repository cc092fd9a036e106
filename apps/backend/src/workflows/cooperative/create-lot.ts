import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createContributionsStep } from "./steps/create-contributions"
import { createLotsStep, type LotCertificate } from "./steps/create-lots"
import { validateContributionsStep, type ContributionInput } from "./steps/validate-contributions"
import { validateLotVariantStep } from "./steps/validate-lot-variant"

export type CreateLotWorkflowInput = {
  cooperative_id: string
  variant_id: string
  harvest_date: string
  quantity_g: number
  certificate?: Partial<LotCertificate>
  contributions: ContributionInput[]
}

// The certificate prints kilograms with up to three decimals, from whole grams, without float noise.
const kg = (grams: number) =>
  `${Math.trunc(grams / 1000)}${
    grams % 1000
      ? "." +
        String(grams % 1000)
          .padStart(3, "0")
          .replace(/0+$/, "")
      : ""
  } kg`

/** Records a harvest lot of one of the cooperative's variants with the households that supplied it. */
export const createLotWorkflow = createWorkflow("create-lot", (input: CreateLotWorkflowInput) => {
  const info = validateLotVariantStep(
    transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, variant_id: input.variant_id })),
  )
  validateContributionsStep(
    transform({ input }, ({ input }) => ({
      cooperative_id: input.cooperative_id,
      lot_quantity_g: input.quantity_g,
      contributions: input.contributions,
    })),
  )
  const lots = createLotsStep(
    transform({ input, info }, ({ input, info }) => [
      {
        cooperative_id: input.cooperative_id,
        product_id: info.product_id,
        variant_id: input.variant_id,
        harvest_date: input.harvest_date,
        quantity_g: input.quantity_g,
        // Defaults are what the 承诺达标合格证 would say; the cooperative may override any field.
        certificate: {
          product: `${info.product_title} ${info.variant_title}`.trim(),
          quantity: kg(input.quantity_g),
          producer: info.producer,
          origin: info.origin,
          date: input.harvest_date,
          ...input.certificate,
        },
      },
    ]),
  )
  const contributions = createContributionsStep(
    transform({ input, lots }, ({ input, lots }) => input.contributions.map((c) => ({ ...c, lot_id: lots[0]!.id }))),
  )
  return new WorkflowResponse({ lot: transform({ lots }, ({ lots }) => lots[0]!), contributions })
})
