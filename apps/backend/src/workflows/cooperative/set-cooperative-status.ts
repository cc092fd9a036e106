import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureCooperativeExistsStep } from "./steps/ensure-cooperative-exists"
import { updateCooperativeStep } from "./steps/update-cooperative"

export type SetCooperativeStatusInput = { id: string; status: "approved" | "suspended"; reason?: string | null }

/** The operator's decision: approve (the cooperative may sell) or suspend (its staff can only read). */
export const setCooperativeStatusWorkflow = createWorkflow("set-cooperative-status", (input: SetCooperativeStatusInput) => {
  ensureCooperativeExistsStep(input.id)
  const update = transform({ input }, ({ input }) => ({
    id: input.id,
    status: input.status,
    status_reason: input.reason ?? null,
    ...(input.status === "approved" ? { approved_at: new Date() } : {}),
  }))
  return new WorkflowResponse(updateCooperativeStep(update))
})
