import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FengshouEvents } from "../lib/domain-events"
import { sendOfficialCreatedWorkflow } from "../workflows/notifications/send-official-created"

export default async function officialCreatedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOfficialCreatedWorkflow(container).run({ input: { official_id: event.data.id } })
}

export const config: SubscriberConfig = { event: FengshouEvents.OFFICIAL_CREATED }
