import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { env } from "../../env"
import { portalUrl } from "../../lib/email/links"
import type { EmailData } from "../../lib/email/render-email"

type ApprovedHost = {
  id: string
  name: string
  email: string
  commission_rate_bps: number
  approved_at: string | Date | null
}

/** Tells a host, in Chinese, that the operator approved them and at what commission rate; once per approval. */
export const sendHostApprovedWorkflow = createWorkflow("send-host-approved", (input: { host_id: string }) => {
  const { data: hosts } = useQueryGraphStep({
    entity: "host",
    fields: ["id", "name", "email", "commission_rate_bps", "approved_at"],
    filters: { id: input.host_id },
    options: { throwIfKeyNotFound: true },
  })
  const notifications = transform({ hosts }, ({ hosts }) => {
    const host = hosts[0] as unknown as ApprovedHost
    if (!host.approved_at) return []
    return [
      {
        to: host.email,
        channel: "email",
        template: "host-approved",
        trigger_type: "host.approved",
        resource_id: host.id,
        resource_type: "host",
        idempotency_key: `host-approved:${host.id}:${new Date(host.approved_at).toISOString()}`,
        data: {
          locale: "zh-CN",
          name: host.name,
          commission_rate_bps: host.commission_rate_bps,
          console_url: portalUrl(env.STOREFRONT_URL, "host", "zh-CN"),
        } satisfies EmailData<"host-approved">,
      },
    ]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
