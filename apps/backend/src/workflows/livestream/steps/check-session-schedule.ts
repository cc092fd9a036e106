import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type SessionSchedule = { scheduled_start_at: Date | string; scheduled_end_at?: Date | string | null }

/** A planned end must come after the planned start (read-only). */
export const checkSessionScheduleStep = createStep("check-live-session-schedule", async (input: SessionSchedule) => {
  if (!input.scheduled_end_at) return
  if (new Date(input.scheduled_end_at).getTime() <= new Date(input.scheduled_start_at).getTime()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "scheduled_end_at must be after scheduled_start_at; move the end later or leave it out.",
    )
  }
})
