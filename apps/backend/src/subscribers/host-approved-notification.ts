import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FengshouEvents } from "../lib/domain-events"
import { sendHostApprovedWorkflow } from "../workflows/notifications/send-host-approved"

export default async function hostApprovedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendHostApprovedWorkflow(container).run({ input: { host_id: event.data.id } })
}

export const config: SubscriberConfig = { event: FengshouEvents.HOST_APPROVED }
