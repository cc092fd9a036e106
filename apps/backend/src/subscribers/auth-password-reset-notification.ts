import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { sendPasswordResetWorkflow } from "../workflows/notifications/send-password-reset"

type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: { locale?: unknown } }

/** POST /auth/{actor}/emailpass/reset-password; the storefront may send metadata.locale ("en") for an English email. */
export default async function authPasswordResetNotification({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id, actor_type, token, metadata } = event.data
  const locale = typeof metadata?.locale === "string" ? metadata.locale : null
  await sendPasswordResetWorkflow(container).run({ input: { email: entity_id, actor_type, token, locale } })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
