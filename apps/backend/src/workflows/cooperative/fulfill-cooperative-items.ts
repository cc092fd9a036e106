import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import type { CarrierCode } from "@fengshou/store-contract"
import { prepareCooperativeFulfillmentStep, type FulfillmentRequest } from "./steps/prepare-cooperative-fulfillment"

export type FulfillCooperativeItemsInput = FulfillmentRequest & {
  staff_id: string
  carrier: CarrierCode
  tracking_number: string
  tracking_url?: string | null
}

/** Ships a cooperative's own items of an order from its own location, with carrier and tracking number. */
export const fulfillCooperativeItemsWorkflow = createWorkflow(
  "fulfill-cooperative-items",
  (input: FulfillCooperativeItemsInput) => {
    const plan = prepareCooperativeFulfillmentStep(input)
    const labels = transform({ input }, ({ input }) => [
      { tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" },
    ])
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, plan, labels }, ({ input, plan, labels }) => ({
        order_id: input.order_id,
        items: input.items,
        // Medusa would take the shipping option's location (丰收集配仓); the stock and its reservation
        // are at the cooperative's own location, so that is where the fulfilment leaves from.
        location_id: plan.location_id,
        shipping_option_id: plan.shipping_option_id,
        labels,
        created_by: input.staff_id,
        // The carrier's code (CARRIERS of the contract); readers print its name in the reader's language.
        metadata: { carrier: input.carrier, cooperative_id: input.cooperative_id },
      })),
    })
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ input, fulfillment, labels }, ({ input, fulfillment, labels }) => ({
        order_id: input.order_id,
        fulfillment_id: fulfillment.id,
        items: input.items,
        labels,
        created_by: input.staff_id,
      })),
    })
    return new WorkflowResponse(fulfillment)
  },
)
