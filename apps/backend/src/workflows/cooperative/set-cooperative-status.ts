import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { FengshouEvents } from "../../lib/domain-events"
import { ensureCooperativeExistsStep } from "./steps/ensure-cooperative-exists"
import { updateCooperativeStep } from "./steps/update-cooperative"

export type SetCooperativeStatusInput = {
  id: string
  status: "approved" | "rejected" | "suspended"
  reason?: string | null
}

/**
 * The operator's decision: approve (the cooperative may sell, and a rename's previous identity is answered), reject
 * a sign-up with a reason (it may correct its profile, which puts it back to pending), or suspend (read only).
 */
export const setCooperativeStatusWorkflow = createWorkflow(
  "set-cooperative-status",
  (input: SetCooperativeStatusInput) => {
    ensureCooperativeExistsStep(input.id)
    const update = transform({ input }, ({ input }) => ({
      id: input.id,
      status: input.status,
      status_reason: input.reason ?? null,
      ...(input.status === "approved" ? { approved_at: new Date(), previous_identity: null } : {}),
    }))
    const cooperative = updateCooperativeStep(update)
    // The staff hear of it by email (subscribers/cooperative-approved-notification.ts, …-rejected-notification.ts).
    when({ input }, ({ input }) => input.status === "approved").then(() => {
      emitEventStep({ eventName: FengshouEvents.COOPERATIVE_APPROVED, data: { id: input.id } }).config({
        name: "emit-cooperative-approved",
      })
    })
    when({ input }, ({ input }) => input.status === "rejected").then(() => {
      emitEventStep({
        eventName: FengshouEvents.COOPERATIVE_REJECTED,
        data: transform({ cooperative }, ({ cooperative }) => ({
          id: cooperative.id,
          rejected_at: new Date(cooperative.updated_at).toISOString(),
        })),
      }).config({ name: "emit-cooperative-rejected" })
    })
    return new WorkflowResponse(cooperative)
  },
)
