import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { sendReturnReceivedWorkflow } from "../workflows/notifications/send-return-received"

export default async function returnReceivedNotification({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await sendReturnReceivedWorkflow(container).run({ input: { return_id: event.data.return_id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.RETURN_RECEIVED }
