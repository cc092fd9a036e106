import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FengshouEvents } from "../lib/domain-events"
import { sendCooperativeRejectedWorkflow } from "../workflows/notifications/send-cooperative-rejected"

export default async function cooperativeRejectedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string; rejected_at: string }>) {
  await sendCooperativeRejectedWorkflow(container).run({
    input: { cooperative_id: event.data.id, rejected_at: event.data.rejected_at },
  })
}

export const config: SubscriberConfig = { event: FengshouEvents.COOPERATIVE_REJECTED }
