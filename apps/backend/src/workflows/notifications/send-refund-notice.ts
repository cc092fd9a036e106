import { yuanToFen } from "@fengshou/relief-core"
import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { emailLocaleOf } from "../../lib/email/email-locale"
import type { EmailData } from "../../lib/email/render-email"

type RefundedPayment = {
  id: string
  currency_code: string
  refunds: { id: string; amount: unknown }[] | null
  payment_collection: {
    order: { id: string; display_id: number; email: string | null; locale: string | null } | null
  } | null
}

/** Tells the shopper about each refund of a payment, in their language; once per refund however often the event comes. */
export const sendRefundNoticeWorkflow = createWorkflow("send-refund-notice", (input: { payment_id: string }) => {
  const { data: payments } = useQueryGraphStep({
    entity: "payment",
    fields: [
      "id",
      "currency_code",
      "refunds.id",
      "refunds.amount",
      "payment_collection.order.id",
      "payment_collection.order.display_id",
      "payment_collection.order.email",
      "payment_collection.order.locale",
    ],
    filters: { id: input.payment_id },
    options: { throwIfKeyNotFound: true },
  })
  const notifications = transform({ payments }, ({ payments }) => {
    const payment = payments[0] as unknown as RefundedPayment
    const order = payment.payment_collection?.order
    if (!order?.email) return []
    // Every refund of the payment, not just the newest: two refunds close together raise two events that both see both.
    return (payment.refunds ?? []).flatMap((refund) => {
      const amountFen = yuanToFen(MathBN.convert(refund.amount as number).toString())
      if (amountFen <= 0) return []
      return [
        {
          to: order.email!,
          channel: "email",
          template: "refund-notice",
          trigger_type: "payment.refunded",
          resource_id: order.id,
          resource_type: "order",
          idempotency_key: `refund-notice:${refund.id}`,
          data: {
            locale: emailLocaleOf(order.locale),
            display_id: order.display_id,
            amount_fen: amountFen,
            currency_code: payment.currency_code,
          } satisfies EmailData<"refund-notice">,
        },
      ]
    })
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
