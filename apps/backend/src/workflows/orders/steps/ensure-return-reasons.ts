import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_REASONS, type ReturnReason } from "@fengshou/store-contract"
import { RETURN_REASON_LABELS } from "../../../lib/orders/return-reasons"

// No compensation on purpose: the rows are reference data every later request needs, and one that another request
// has just read must not vanish under it. Medusa's index on value is not unique, so two first requests at once may
// each create a row: harmless, since every reader goes by the value, never by the id.
/** The id of Medusa's return reason for each of our codes, creating the missing rows (with zh labels) first. */
export const ensureReturnReasonsStep = createStep("ensure-return-reasons", async (_: void, { container }) => {
  const orders = container.resolve(Modules.ORDER)
  const list = async () => orders.listReturnReasons({ value: [...RETURN_REASONS] }, { select: ["id", "value"] })
  let rows = await list()
  const missing = RETURN_REASONS.filter((code) => !rows.some((r) => r.value === code))
  if (missing.length) {
    await orders.createReturnReasons(missing.map((value) => ({ value, label: RETURN_REASON_LABELS[value] })))
    rows = await list()
  }
  return new StepResponse(Object.fromEntries(rows.map((r) => [r.value, r.id])) as Record<ReturnReason, string>)
})
