import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { carrierName } from "../../lib/email/carrier-name"
import { emailLocaleOf } from "../../lib/email/email-locale"
import type { EmailData } from "../../lib/email/render-email"

type ShippedFulfillment = {
  id: string
  metadata: { carrier?: unknown } | null
  labels: { tracking_number: string | null; tracking_url: string | null }[] | null
  items: { title: string; quantity: unknown }[] | null
  order: { id: string; display_id: number; email: string | null; locale: string | null } | null
}

/** Tells the shopper a parcel of their order has shipped, with the carrier and tracking numbers; once per fulfillment. */
export const sendShippingNoticeWorkflow = createWorkflow(
  "send-shipping-notice",
  (input: { fulfillment_id: string }) => {
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: [
        "id",
        "metadata",
        "labels.tracking_number",
        "labels.tracking_url",
        "items.title",
        "items.quantity",
        "order.id",
        "order.display_id",
        "order.email",
        "order.locale",
      ],
      filters: { id: input.fulfillment_id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ fulfillments }, ({ fulfillments }) => {
      const fulfillment = fulfillments[0] as unknown as ShippedFulfillment
      const order = fulfillment.order
      if (!order?.email) return []
      const locale = emailLocaleOf(order.locale)
      return [
        {
          to: order.email,
          channel: "email",
          template: "shipping-notice",
          trigger_type: "shipment.created",
          resource_id: order.id,
          resource_type: "order",
          idempotency_key: `shipping-notice:${fulfillment.id}`,
          data: {
            locale,
            display_id: order.display_id,
            // The cooperative console records the carrier's code on the fulfilment (fulfill-cooperative-items).
            carrier: carrierName(
              typeof fulfillment.metadata?.carrier === "string" ? fulfillment.metadata.carrier : null,
              locale,
            ),
            tracking: (fulfillment.labels ?? []).map((l) => ({ number: l.tracking_number, url: l.tracking_url })),
            items: (fulfillment.items ?? []).map((i) => ({
              title: i.title,
              quantity: MathBN.convert(i.quantity as number).toNumber(),
            })),
          } satisfies EmailData<"shipping-notice">,
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  },
)
