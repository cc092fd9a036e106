import { createHash } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { env } from "../../env"
import { emailLocaleOf } from "../../lib/email/email-locale"
import { resetPasswordUrl } from "../../lib/email/links"
import type { EmailData } from "../../lib/email/render-email"

/** Medusa's reset tokens live 15 minutes (generateResetPasswordTokenWorkflow). */
const RESET_TOKEN_MINUTES = 15

export type SendPasswordResetInput = { email: string; actor_type: string; token: string; locale?: string | null }

/** Mails the link that redeems a reset token (Medusa's auth.password_reset), in the language the request asked for. */
export const sendPasswordResetWorkflow = createWorkflow("send-password-reset", (input: SendPasswordResetInput) => {
  const notifications = transform({ input }, ({ input }) => {
    const locale = emailLocaleOf(input.locale)
    const url = resetPasswordUrl(
      { storefrontUrl: env.STOREFRONT_URL, adminUrl: env.MEDUSA_BACKEND_URL },
      input.actor_type,
      input.token,
      locale,
    )
    if (!url) return []
    return [
      {
        to: input.email,
        channel: "email",
        template: "password-reset",
        trigger_type: "auth.password_reset",
        resource_type: input.actor_type,
        // Once per token; the key holds a hash, not the token.
        idempotency_key: `password-reset:${createHash("sha256").update(input.token).digest("hex").slice(0, 32)}`,
        data: { locale, url, valid_minutes: RESET_TOKEN_MINUTES } satisfies EmailData<"password-reset">,
      },
    ]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
