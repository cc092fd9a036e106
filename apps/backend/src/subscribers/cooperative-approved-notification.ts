import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FengshouEvents } from "../lib/domain-events"
import { sendCooperativeApprovedWorkflow } from "../workflows/notifications/send-cooperative-approved"

export default async function cooperativeApprovedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendCooperativeApprovedWorkflow(container).run({ input: { cooperative_id: event.data.id } })
}

export const config: SubscriberConfig = { event: FengshouEvents.COOPERATIVE_APPROVED }
