import type { ReturnReason } from "@fengshou/store-contract"

/**
 * The label Medusa Admin shows for each of our return reasons: a Medusa return_reason row whose value is the code
 * (created on first use by src/workflows/orders/steps/ensure-return-reasons.ts).
 */
export const RETURN_REASON_LABELS: Record<ReturnReason, string> = {
  quality: "质量问题",
  missing_items: "少件/漏发",
  wrong_item: "发错货",
  damaged: "破损",
  no_reason: "七天无理由退货",
}
