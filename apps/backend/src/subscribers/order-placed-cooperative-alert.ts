import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendCooperativeOrderAlertWorkflow } from "../workflows/notifications/send-cooperative-order-alert"

export default async function orderPlacedCooperativeAlert({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendCooperativeOrderAlertWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
