import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FulfillmentRequest = { cooperative_id: string; order_id: string; items: { id: string; quantity: number }[] }
export type FulfillmentPlan = { location_id: string; shipping_option_id: string }

type Row = {
  status: string
  items: {
    id: string
    quantity: number
    product_id: string | null
    detail?: { fulfilled_quantity: number } | null
    variant?: {
      product?: { shipping_profile?: { id: string } | null; cooperative?: { id: string } | null } | null
    } | null
  }[]
  shipping_methods: { shipping_option_id: string | null; shipping_option?: { shipping_profile_id: string } | null }[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

// Every line must be the cooperative's own and not fulfilled past its quantity, all of one shipping profile
// (the cold chain ships apart); the stock leaves the cooperative's location under the order's method for that profile.
/** Plans a cooperative's fulfilment of its own lines of an order: location and shipping option (read-only). */
export const prepareCooperativeFulfillmentStep = createStep(
  "prepare-cooperative-fulfillment",
  async (input: FulfillmentRequest, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        // Line quantities come with "items.*" only (they live on the versioned order item, "items.detail").
        "status",
        "items.*",
        "items.detail.*",
        "items.variant.product.shipping_profile.id",
        "items.variant.product.cooperative.id",
        "shipping_methods.shipping_option_id",
        "shipping_methods.shipping_option.shipping_profile_id",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as Row | undefined
    const own = (order?.items ?? []).filter((i) => i.variant?.product?.cooperative?.id === input.cooperative_id)
    if (!order || !own.length)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found among your orders`)
    if (order.status === "canceled") throw invalid(`Order ${input.order_id} is canceled`)
    for (const requested of input.items) {
      const line = own.find((i) => i.id === requested.id)
      if (!line) throw invalid(`item ${requested.id} is not one of your items in this order`)
      const left = Number(line.quantity) - Number(line.detail?.fulfilled_quantity ?? 0)
      if (requested.quantity > left)
        throw invalid(`item ${requested.id} has ${left} left to fulfil, not ${requested.quantity}`)
    }
    const profiles = new Set(
      input.items.map((r) => own.find((i) => i.id === r.id)!.variant?.product?.shipping_profile?.id),
    )
    if (profiles.size !== 1)
      throw invalid("fulfil cold-chain and ambient items separately: they ship under different methods")
    const profile = [...profiles][0]
    const method = order.shipping_methods.find((m) => m.shipping_option?.shipping_profile_id === profile)
    if (!method?.shipping_option_id) throw invalid("this order has no shipping method for these items")
    const { data: coops } = await query.graph({
      entity: "cooperative",
      fields: ["stock_location.id"],
      filters: { id: input.cooperative_id },
    })
    const location = (coops[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
    if (!location) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Your cooperative has no stock location")
    return new StepResponse<FulfillmentPlan>({ location_id: location, shipping_option_id: method.shipping_option_id })
  },
)
