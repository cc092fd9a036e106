import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { FengshouEvents } from "../../lib/domain-events"
import { updateHostStep } from "./steps/update-host"

export type SetHostStatusInput =
  | { id: string; status: "approved"; commission_rate_bps: number }
  | { id: string; status: "suspended"; reason?: string | null }

/** The operator's decision: approve a host at a commission rate (they may sell) or suspend them (read-only). */
export const setHostStatusWorkflow = createWorkflow("set-host-status", (input: SetHostStatusInput) => {
  const update = transform({ input }, ({ input }) =>
    input.status === "approved"
      ? {
          id: input.id,
          status: input.status,
          status_reason: null,
          commission_rate_bps: input.commission_rate_bps,
          approved_at: new Date(),
        }
      : { id: input.id, status: input.status, status_reason: input.reason ?? null },
  )
  const host = updateHostStep(update)
  // The host hears of it by email (subscribers/host-approved-notification.ts).
  when({ input }, ({ input }) => input.status === "approved").then(() => {
    emitEventStep({ eventName: FengshouEvents.HOST_APPROVED, data: { id: input.id } })
  })
  return new WorkflowResponse(host)
})
