import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { FengshouEvents } from "../../lib/domain-events"
import { ensureCooperativeExistsStep } from "./steps/ensure-cooperative-exists"
import { updateCooperativeStep } from "./steps/update-cooperative"

export type SetCooperativeStatusInput = { id: string; status: "approved" | "suspended"; reason?: string | null }

/** The operator's decision: approve (the cooperative may sell) or suspend (its staff can only read). */
export const setCooperativeStatusWorkflow = createWorkflow(
  "set-cooperative-status",
  (input: SetCooperativeStatusInput) => {
    ensureCooperativeExistsStep(input.id)
    const update = transform({ input }, ({ input }) => ({
      id: input.id,
      status: input.status,
      status_reason: input.reason ?? null,
      ...(input.status === "approved" ? { approved_at: new Date() } : {}),
    }))
    const cooperative = updateCooperativeStep(update)
    // The staff hear of it by email (subscribers/cooperative-approved-notification.ts).
    when({ input }, ({ input }) => input.status === "approved").then(() => {
      emitEventStep({ eventName: FengshouEvents.COOPERATIVE_APPROVED, data: { id: input.id } })
    })
    return new WorkflowResponse(cooperative)
  },
)
