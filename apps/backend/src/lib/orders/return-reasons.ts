import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { RETURN_REASONS, type ReturnReason } from "@fengshou/store-contract"

/** The label Medusa Admin shows for each of our return reasons (a Medusa return_reason row whose value is the code). */
export const RETURN_REASON_LABELS: Record<ReturnReason, string> = {
  quality: "质量问题",
  missing_items: "少件/漏发",
  wrong_item: "发错货",
  damaged: "破损",
  no_reason: "七天无理由退货",
}

/**
 * The id of Medusa's return reason for each code, creating the missing rows first; called on every return request.
 * Medusa's index on value is not unique, so two first requests at once may each create a row: harmless, since every
 * reader goes by the value, never by the id.
 */
export async function ensureReturnReasons(container: MedusaContainer): Promise<Record<ReturnReason, string>> {
  const orders = container.resolve(Modules.ORDER)
  const list = async () => orders.listReturnReasons({ value: [...RETURN_REASONS] }, { select: ["id", "value"] })
  let rows = await list()
  const missing = RETURN_REASONS.filter((code) => !rows.some((r) => r.value === code))
  if (missing.length) {
    await orders.createReturnReasons(missing.map((value) => ({ value, label: RETURN_REASON_LABELS[value] })))
    rows = await list()
  }
  const ids = Object.fromEntries(rows.map((r) => [r.value, r.id]))
  for (const code of RETURN_REASONS) if (!ids[code]) throw new Error(`Return reason "${code}" could not be created`)
  return ids as Record<ReturnReason, string>
}
