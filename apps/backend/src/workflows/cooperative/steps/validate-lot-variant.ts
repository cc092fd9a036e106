import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { divisionLabel, type DivisionNames } from "../../../lib/divisions/resolve-division"

export type LotVariantInfo = {
  product_id: string
  product_title: string
  variant_title: string
  producer: string
  origin: string
}

// Another cooperative's variant reads as unknown: the message is the same as for an id that does not exist.
/** Checks the variant is one of the cooperative's and returns what the lot certificate needs (read-only). */
export const validateLotVariantStep = createStep(
  "validate-lot-variant",
  async (input: { cooperative_id: string; variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "product.id",
        "product.title",
        "product.cooperative.id",
        "product.cooperative.name_zh",
        "product.cooperative.region",
      ],
      filters: { id: input.variant_id },
    })
    type Row = {
      title: string | null
      product?: {
        id: string
        title: string
        cooperative?: { id: string; name_zh: string; region: unknown } | null
      } | null
    }
    const variant = data[0] as Row | undefined
    const cooperative = variant?.product?.cooperative
    if (!variant?.product || cooperative?.id !== input.cooperative_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variant_id ${input.variant_id} is not a variant of your cooperative's products; list them with GET /cooperative/products`,
      )
    }
    return new StepResponse<LotVariantInfo>({
      product_id: variant.product.id,
      product_title: variant.product.title,
      variant_title: variant.title ?? "",
      producer: cooperative!.name_zh,
      origin: divisionLabel(cooperative!.region as DivisionNames),
    })
  },
)
