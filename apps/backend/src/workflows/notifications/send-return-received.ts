import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { emailLocaleOf } from "../../lib/email/email-locale"
import type { EmailData } from "../../lib/email/render-email"

type ReceivedReturn = {
  id: string
  items:
    | {
        received_quantity: unknown
        item: { title: string; product_title: string | null; variant_title: string | null } | null
      }[]
    | null
  order: { id: string; display_id: number; email: string | null; locale: string | null } | null
}

const units = (q: unknown) => MathBN.convert((q ?? 0) as number).toNumber()

/**
 * Tells the shopper the cooperative has their returned goods back, in the order's language. Keyed by the return and
 * the units received so far, so a repeated event mails once and a later receipt of the rest mails again.
 */
export const sendReturnReceivedWorkflow = createWorkflow("send-return-received", (input: { return_id: string }) => {
  const { data: returns } = useQueryGraphStep({
    entity: "return",
    fields: [
      "id",
      "items.received_quantity",
      "items.item.title",
      "items.item.product_title",
      "items.item.variant_title",
      "order.id",
      "order.display_id",
      "order.email",
      "order.locale",
    ],
    filters: { id: input.return_id },
    options: { throwIfKeyNotFound: true },
  })
  const notifications = transform({ returns }, ({ returns }) => {
    const found = returns[0] as unknown as ReceivedReturn
    const order = found.order
    const items = (found.items ?? []).filter((i) => units(i.received_quantity) > 0)
    if (!order?.email || !items.length) return []
    const received = items.reduce((sum, i) => sum + units(i.received_quantity), 0)
    return [
      {
        to: order.email,
        channel: "email",
        template: "return-received",
        trigger_type: "order.return_received",
        resource_id: order.id,
        resource_type: "order",
        idempotency_key: `return-received:${found.id}:${received}`,
        data: {
          locale: emailLocaleOf(order.locale),
          display_id: order.display_id,
          items: items.map((i) => ({
            title: i.item?.product_title ?? i.item?.title ?? "",
            variant: i.item?.variant_title ?? null,
            quantity: units(i.received_quantity),
          })),
        } satisfies EmailData<"return-received">,
      },
    ]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
