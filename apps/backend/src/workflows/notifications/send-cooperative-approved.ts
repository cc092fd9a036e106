import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { env } from "../../env"
import { portalUrl } from "../../lib/email/links"
import type { EmailData } from "../../lib/email/render-email"

type ApprovedCooperative = {
  id: string
  name_zh: string
  approved_at: string | Date | null
  staff: { id: string; email: string }[] | null
}

/** Tells a cooperative's staff, in Chinese, that the operator approved it; once per approval and person. */
export const sendCooperativeApprovedWorkflow = createWorkflow(
  "send-cooperative-approved",
  (input: { cooperative_id: string }) => {
    const { data: cooperatives } = useQueryGraphStep({
      entity: "cooperative",
      fields: ["id", "name_zh", "approved_at", "staff.id", "staff.email"],
      filters: { id: input.cooperative_id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ cooperatives }, ({ cooperatives }) => {
      const cooperative = cooperatives[0] as unknown as ApprovedCooperative
      if (!cooperative.approved_at) return []
      // A cooperative suspended and approved again hears of the new approval: the key carries its time.
      const approval = new Date(cooperative.approved_at).toISOString()
      return (cooperative.staff ?? []).map((staff) => ({
        to: staff.email,
        channel: "email",
        template: "cooperative-approved",
        trigger_type: "cooperative.approved",
        resource_id: cooperative.id,
        resource_type: "cooperative",
        idempotency_key: `cooperative-approved:${cooperative.id}:${approval}:${staff.id}`,
        data: {
          locale: "zh-CN",
          cooperative_name: cooperative.name_zh,
          console_url: portalUrl(env.STOREFRONT_URL, "cooperative", "zh-CN"),
        } satisfies EmailData<"cooperative-approved">,
      }))
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  },
)
