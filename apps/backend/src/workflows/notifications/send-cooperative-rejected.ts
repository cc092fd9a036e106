import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { env } from "../../env"
import { portalUrl } from "../../lib/email/links"
import type { EmailData } from "../../lib/email/render-email"

type RejectedCooperative = {
  id: string
  name_zh: string
  status: string
  status_reason: string | null
  staff: { id: string; email: string }[] | null
}

/** Tells a cooperative's staff, in Chinese, why the operator rejected it; once per rejection and person. */
export const sendCooperativeRejectedWorkflow = createWorkflow(
  "send-cooperative-rejected",
  (input: { cooperative_id: string; rejected_at: string }) => {
    const { data: cooperatives } = useQueryGraphStep({
      entity: "cooperative",
      fields: ["id", "name_zh", "status", "status_reason", "staff.id", "staff.email"],
      filters: { id: input.cooperative_id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ cooperatives, input }, ({ cooperatives, input }) => {
      const cooperative = cooperatives[0] as unknown as RejectedCooperative
      // Corrected (pending again) before the event ran: the reason is answered, nothing to tell.
      const reason = cooperative.status_reason
      if (cooperative.status !== "rejected" || !reason) return []
      return (cooperative.staff ?? []).map((staff) => ({
        to: staff.email,
        channel: "email",
        template: "cooperative-rejected",
        trigger_type: "cooperative.rejected",
        resource_id: cooperative.id,
        resource_type: "cooperative",
        idempotency_key: `cooperative-rejected:${cooperative.id}:${input.rejected_at}:${staff.id}`,
        data: {
          locale: "zh-CN",
          cooperative_name: cooperative.name_zh,
          reason,
          // The sign-up page shows a signed-in cooperative its status, the reason and the correction form.
          console_url: `${portalUrl(env.STOREFRONT_URL, "cooperative", "zh-CN")}/register`,
        } satisfies EmailData<"cooperative-rejected">,
      }))
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  },
)
