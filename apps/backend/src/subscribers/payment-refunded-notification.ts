import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendRefundNoticeWorkflow } from "../workflows/notifications/send-refund-notice"

export default async function paymentRefundedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendRefundNoticeWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
