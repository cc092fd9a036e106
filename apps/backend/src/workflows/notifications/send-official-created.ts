import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { env } from "../../env"
import { portalUrl } from "../../lib/email/links"
import type { EmailData } from "../../lib/email/render-email"

type CreatedOfficial = { id: string; name: string; email: string; organisation: string }

/** Tells an official, in Chinese, that the operator opened their account and where to sign in; once. */
export const sendOfficialCreatedWorkflow = createWorkflow("send-official-created", (input: { official_id: string }) => {
  const { data: officials } = useQueryGraphStep({
    entity: "official",
    fields: ["id", "name", "email", "organisation"],
    filters: { id: input.official_id },
    options: { throwIfKeyNotFound: true },
  })
  const notifications = transform({ officials }, ({ officials }) => {
    const official = officials[0] as unknown as CreatedOfficial
    return [
      {
        to: official.email,
        channel: "email",
        template: "official-created",
        trigger_type: "official.created",
        resource_id: official.id,
        resource_type: "official",
        idempotency_key: `official-created:${official.id}`,
        data: {
          locale: "zh-CN",
          name: official.name,
          organisation: official.organisation,
          email: official.email,
          console_url: portalUrl(env.STOREFRONT_URL, "official", "zh-CN"),
        } satisfies EmailData<"official-created">,
      },
    ]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
