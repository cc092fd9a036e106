import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateHostStep } from "./steps/update-host"

export type SetHostStatusInput =
  | { id: string; status: "approved"; commission_rate_bps: number }
  | { id: string; status: "suspended"; reason?: string | null }

/** The operator's decision: approve a host at a commission rate (they may sell) or suspend them (read-only). */
export const setHostStatusWorkflow = createWorkflow("set-host-status", (input: SetHostStatusInput) => {
  const update = transform({ input }, ({ input }) =>
    input.status === "approved"
      ? { id: input.id, status: input.status, status_reason: null, commission_rate_bps: input.commission_rate_bps, approved_at: new Date() }
      : { id: input.id, status: input.status, status_reason: input.reason ?? null },
  )
  return new WorkflowResponse(updateHostStep(update))
})
