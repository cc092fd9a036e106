import { yuanToFen } from "@fengshou/relief-core"
import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { emailLocaleOf } from "../../lib/email/email-locale"
import type { EmailData } from "../../lib/email/render-email"

type OrderForMail = {
  id: string
  display_id: number
  email: string | null
  locale: string | null
  currency_code: string
  total: unknown
  items: { title: string; quantity: unknown; variant_title: string | null }[] | null
  shipping_address: { first_name: string | null; city: string | null } | null
}

/** Confirms the order to the shopper in their cart's language, once however many order.placed events come. */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "locale",
        "currency_code",
        "total",
        "items.title",
        "items.variant_title",
        "items.quantity",
        "shipping_address.first_name",
        "shipping_address.city",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ orders }, ({ orders }) => {
      const order = orders[0] as unknown as OrderForMail
      if (!order.email) return []
      return [
        {
          to: order.email,
          channel: "email",
          template: "order-confirmation",
          trigger_type: "order.placed",
          resource_id: order.id,
          resource_type: "order",
          idempotency_key: `order-confirmation:${order.id}`,
          data: {
            locale: emailLocaleOf(order.locale),
            display_id: order.display_id,
            total_fen: yuanToFen(MathBN.convert(order.total as number).toString()),
            currency_code: order.currency_code,
            recipient: order.shipping_address?.first_name ?? null,
            items: (order.items ?? []).map((i) => ({
              title: i.title,
              variant: i.variant_title,
              quantity: MathBN.convert(i.quantity as number).toNumber(),
            })),
          } satisfies EmailData<"order-confirmation">,
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  },
)
