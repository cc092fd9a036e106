import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendShippingNoticeWorkflow } from "../workflows/notifications/send-shipping-notice"

export default async function shipmentCreatedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  await sendShippingNoticeWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "shipment.created" }
